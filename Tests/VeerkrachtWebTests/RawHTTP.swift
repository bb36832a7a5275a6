import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Bytes sent as they are to a live test server on this machine, for requests an HTTP client will
/// not send (a body shorter than its `Content-Length`) and to see exactly what comes back (a HEAD
/// answer without body bytes). Sends, closes its sending side, and reads until the server closes
/// the connection (at most 10 s).
enum RawHTTP {
    /// Why no answer came.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The status of the first answer in `text`, e.g. 400.
    static func status(_ text: String) -> Int? {
        text.split(separator: " ", maxSplits: 2).dropFirst().first.flatMap { Int($0) }
    }

    /// Sends `request` to `port` on the loopback address (IPv4, else IPv6) and returns everything
    /// the server wrote.
    static func exchange(port: Int, _ request: String) throws -> String {
        var ipv4 = sockaddr_in()
        ipv4.sin_family = sa_family_t(AF_INET)
        ipv4.sin_port = in_port_t(UInt16(port).bigEndian)
        ipv4.sin_addr.s_addr = inet_addr("127.0.0.1")
        var ipv6 = sockaddr_in6()
        ipv6.sin6_family = sa_family_t(AF_INET6)
        ipv6.sin6_port = in_port_t(UInt16(port).bigEndian)
        ipv6.sin6_addr = in6addr_loopback
        let socket = try connected(&ipv4, family: AF_INET) ?? connected(&ipv6, family: AF_INET6)
        guard let socket else { throw Failure(description: "nothing listens on port \(port): errno \(errno)") }
        let connection = FileHandle(fileDescriptor: socket, closeOnDealloc: true)
        try connection.write(contentsOf: Data(request.utf8))
        shutdown(socket, Int32(SHUT_WR))
        return String(decoding: try connection.readToEnd() ?? Data(), as: UTF8.self)
    }

    /// A TCP socket connected to `address`, or nil when the connection is refused.
    private static func connected<Address>(_ address: inout Address, family: Int32) throws -> Int32? {
        #if canImport(Glibc)
        let socket = Glibc.socket(family, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let socket = Darwin.socket(family, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        var limit = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<Address>.size)) }
        }
        guard result == 0 else {
            close(socket)
            return nil
        }
        return socket
    }
}
