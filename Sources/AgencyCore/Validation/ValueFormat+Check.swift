import Foundation

extension ValueFormat {
    /// Whether `text` has this format.
    public func accepts(_ text: String) -> Bool {
        switch self {
        case .email: return ValueFormat.isEmail(text)
        case .domain: return ValueFormat.isDomain(text)
        case .url: return ValueFormat.isURL(text)
        case .e164Phone: return ValueFormat.isE164(text)
        case .timeZone: return TimeZone(identifier: text) != nil
        }
    }

    static func isEmail(_ text: String) -> Bool {
        guard !text.contains(where: { $0.isWhitespace }), text.count <= 320 else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64 else { return false }
        let local = parts[0]
        guard !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else { return false }
        return isDomain(String(parts[1]))
    }

    static func isDomain(_ text: String) -> Bool {
        let name = text.hasSuffix(".") ? String(text.dropLast()) : text
        guard !name.isEmpty, name.utf8.count <= 253 else { return false }
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        for label in labels {
            guard (1...63).contains(label.utf8.count), label.first != "-", label.last != "-" else { return false }
            guard label.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" }) else {
                return false
            }
        }
        return labels.last.map { !$0.allSatisfy(\.isNumber) } ?? false
    }

    static func isURL(_ text: String) -> Bool {
        guard !text.contains(where: { $0.isWhitespace }),
              let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty else { return false }
        return isDomain(host) || host == "localhost" || host.split(separator: ".").count == 4
    }

    static func isE164(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 9, bytes.count <= 16, bytes[0] == UInt8(ascii: "+"), bytes[1] != UInt8(ascii: "0") else {
            return false
        }
        return bytes.dropFirst().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
