import Foundation
import Hummingbird

/// The address a request came from, for counting failed logins per client.
enum ClientAddress {
    /// The connection's other end (`peer`), or, when that is this machine (a reverse proxy in front
    /// of the app), the address the proxy appended last to `X-Forwarded-For`. The header is not
    /// believed from anywhere else, so a client cannot choose its own address. Nil when the
    /// connection's address is unknown.
    static func resolve(peer: String?, forwardedFor: [String]) -> String? {
        guard let peer else { return nil }
        let isLoopback = peer.hasPrefix("127.") || peer == "::1" || peer.hasPrefix("::ffff:127.")
        let forwarded = forwardedFor.joined(separator: ",").split(separator: ",").last?.trimmingCharacters(in: .whitespaces)
        guard isLoopback, let forwarded, !forwarded.isEmpty else { return peer }
        return forwarded
    }
}

extension AppRequestContext {
    /// The address `request` came from (see `ClientAddress.resolve`).
    func clientAddress(of request: Request) -> String? {
        ClientAddress.resolve(peer: peerAddress, forwardedFor: request.headers[values: .init("X-Forwarded-For")!])
    }
}
