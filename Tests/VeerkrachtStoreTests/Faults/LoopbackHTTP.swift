import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client for a server on 127.0.0.1: one request per connection
/// (`Connection: close`), blocking, with a time limit. It never retries and never follows a
/// redirect, so a test knows exactly which request got which answer, also when the server is
/// killed halfway.
enum LoopbackHTTP {
    /// A complete answer.
    struct Answer {
        let status: Int
        /// Header names in lower case.
        let headers: [String: String]
        let body: String
    }

    /// Why no complete answer came.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// GET `path`, sending `cookie` when given.
    static func get(port: Int, _ path: String, cookie: String? = nil) throws -> Answer {
        try send(port: port, "GET \(path) HTTP/1.1\r\n" + headers(cookie: cookie) + "\r\n")
    }

    /// POST the form `fields` (URL-encoded) to `path`.
    static func post(port: Int, _ path: String, _ fields: [(String, String)], cookie: String? = nil) throws -> Answer {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        let body = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
        return try send(port: port, "POST \(path) HTTP/1.1\r\n" + headers(cookie: cookie)
            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body)
    }

    private static func headers(cookie: String?) -> String {
        "Host: 127.0.0.1\r\nConnection: close\r\n" + (cookie.map { "Cookie: \($0)\r\n" } ?? "")
    }

    /// Sends `request` on a new connection and reads until the server closes it (at most 10 s).
    private static func send(port: Int, _ request: String, timeLimit: Int = 10) throws -> Answer {
        let socket = tcpSocket()
        guard socket >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        defer { close(socket) }
        var limit = timeval(tv_sec: timeLimit, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect: errno \(errno)") }
        var bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeMutableBytes { write(socket, $0.baseAddress! + sent, $0.count - sent) }
            guard count > 0 else { throw Failure(description: "write: errno \(errno)") }
            sent += count
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(socket, $0.baseAddress!, $0.count) }
            if count == 0 { break }
            guard count > 0 else { throw Failure(description: "read: errno \(errno) after \(received.count) bytes") }
            received += buffer[0..<count]
        }
        return try parse(received)
    }

    /// A new TCP socket (`SOCK_STREAM` is an enum on Glibc, a number on Darwin).
    static func tcpSocket() -> Int32 {
        #if canImport(Glibc)
        socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        socket(AF_INET, SOCK_STREAM, 0)
        #endif
    }

    /// A loopback port that is free now (the kernel's pick for port 0).
    static func freePort() throws -> Int {
        let socket = tcpSocket()
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw Failure(description: "no free port: errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Status line, headers and a body of `Content-Length` bytes (a shorter body is no answer).
    private static func parse(_ bytes: [UInt8]) throws -> Answer {
        let separator = Array("\r\n\r\n".utf8)
        guard let end = bytes.indices.first(where: { bytes[$0...].starts(with: separator) }) else {
            throw Failure(description: "incomplete answer (\(bytes.count) bytes)")
        }
        let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(description: "bad status line \(lines[0])") }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased(), value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = headers[name].map { $0 + "\n" + value } ?? value
        }
        let body = bytes[(end + separator.count)...]
        if let length = headers["content-length"].flatMap(Int.init), body.count < length {
            throw Failure(description: "answer cut off after \(body.count) of \(length) body bytes")
        }
        return Answer(status: status, headers: headers, body: String(decoding: body, as: UTF8.self))
    }
}
