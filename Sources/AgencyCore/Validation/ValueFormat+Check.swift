import Foundation

extension ValueFormat {
    /// Whether `text` has this format.
    public func accepts(_ text: String) -> Bool {
        switch self {
        case .email: return ValueFormat.isEmail(text)
        case .domain: return ValueFormat.isDomain(text)
        case .url: return ValueFormat.isURL(text)
        case .e164Phone: return ValueFormat.isE164(text)
        case .timeZone: return ValueFormat.knownTimeZones.contains(text) || TimeZone(identifier: text) != nil
        }
    }

    private static let knownTimeZones = Set(TimeZone.knownTimeZoneIdentifiers)

    /// Whether `text` contains white space; bytewise for ASCII text.
    static func hasWhitespace(_ text: String) -> Bool {
        var ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if byte == 0x20 || (0x09...0x0D).contains(byte) { return true }
        }
        return ascii ? false : text.contains(where: { $0.isWhitespace })
    }

    static func isEmail(_ text: String) -> Bool {
        let bytes = text.utf8
        guard !hasWhitespace(text), bytes.count <= 320,
              let at = bytes.firstIndex(of: UInt8(ascii: "@")),
              bytes[bytes.index(after: at)...].firstIndex(of: UInt8(ascii: "@")) == nil else { return false }
        let local = bytes[..<at]
        let dot = UInt8(ascii: ".")
        guard !local.isEmpty, local.count <= 64, local.first != dot, local.last != dot else { return false }
        var previous: UInt8 = 0
        for byte in local {
            if byte == dot && previous == dot { return false }
            previous = byte
        }
        return isDomain(String(text[text.utf8.index(after: at)...]))
    }

    static func isDomain(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return isASCIIDomain(text.utf8) }
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

    /// The same rules as ``isDomain(_:)`` in one pass over ASCII bytes.
    static func isASCIIDomain(_ bytes: String.UTF8View) -> Bool {
        let dot = UInt8(ascii: "."), hyphen = UInt8(ascii: "-")
        var count = bytes.count
        if bytes.last == dot { count -= 1 }
        guard count > 0, count <= 253 else { return false }
        var labels = 0, length = 0, first: UInt8 = 0, last: UInt8 = 0, allDigits = true
        func closeLabel() -> Bool {
            guard (1...63).contains(length), first != hyphen, last != hyphen else { return false }
            labels += 1
            return true
        }
        for byte in bytes.prefix(count) {
            if byte == dot {
                guard closeLabel() else { return false }
                length = 0
                allDigits = true
                continue
            }
            guard isASCIILetterOrDigit(byte) || byte == hyphen else { return false }
            if length == 0 { first = byte }
            last = byte
            length += 1
            if !(0x30...0x39).contains(byte) { allDigits = false }
        }
        guard closeLabel() else { return false }
        return labels >= 2 && !allDigits
    }

    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    static func isURL(_ text: String) -> Bool {
        if let host = simpleHTTPHost(text) {
            return isDomain(host) || host == "localhost" || host.split(separator: ".").count == 4
        }
        guard !hasWhitespace(text),
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

extension ValueFormat {
    /// The host of a plain ASCII `http(s)://host[:port][/…]` URL without user info, or `nil`
    /// when the URL needs full parsing.
    static func simpleHTTPHost(_ text: String) -> String? {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            rest = lower.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            rest = lower.dropFirst(7)
        } else {
            return nil
        }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !authority.contains("@"), !authority.contains("["), !authority.isEmpty else { return nil }
        let parts = authority.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].allSatisfy(\.isASCII), parts[1].allSatisfy(\.isNumber) else { return nil }
        }
        let host = String(parts[0])
        return host.isEmpty ? nil : host
    }
}
