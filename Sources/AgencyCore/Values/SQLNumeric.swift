import Foundation

/// An exact decimal, as PostgreSQL stores `NUMERIC(p, s)`.
///
/// PostgREST and `row_to_json` emit NUMERIC as a JSON number, some drivers and APIs as a
/// string (`"0.85"`); both decode without passing through `Double`, so `0.1` stays `0.1`.
/// It encodes as a JSON number, as PostgreSQL does.
public struct SQLNumeric: Hashable, Comparable, Sendable {
    /// The exact value.
    public var decimal: Decimal

    /// Wraps a Foundation `Decimal`.
    public init(_ decimal: Decimal) { self.decimal = decimal }

    /// Creates the exact value of an integer.
    public init(_ integer: Int) { decimal = Decimal(integer) }

    /// Creates the value of a `Double` through its shortest round-tripping text, so
    /// `SQLNumeric(0.85)` is exactly 0.85.
    public init(_ double: Double) {
        decimal = Decimal(string: "\(double)", locale: Locale(identifier: "en_US_POSIX")) ?? Decimal(double)
    }

    /// Parses decimal text such as `"-12.3400"`; `nil` when it is not a number.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard SQLNumeric.isDecimalText(trimmed),
              let value = Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        decimal = value
    }

    /// The nearest `Double` (correctly rounded from the exact decimal text, as PostgreSQL's
    /// `numeric::float8` cast; `NSDecimalNumber.doubleValue` can be off by a unit).
    public var doubleValue: Double {
        Double(decimal.description) ?? NSDecimalNumber(decimal: decimal).doubleValue
    }

    /// The value as an `Int64` when it is an integer in range, else `nil`.
    var exactInt64: Int64? { decimal.exactInt64 }

    /// Digits after the decimal point in the shortest exact form (0 for integers).
    public var scale: Int {
        let text = decimal.description
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: dot, to: text.endIndex) - 1
    }

    /// Digits before the decimal point (0 for values below 1).
    public var integerDigits: Int {
        let text = decimal.description.drop(while: { $0 == "-" })
        let whole = text.prefix(while: { $0 != "." })
        return whole == "0" ? 0 : whole.count
    }

    /// This value rounded half away from zero to `scale` digits, as PostgreSQL rounds on input.
    public func rounded(scale: Int) -> SQLNumeric {
        var source = decimal
        var result = Decimal()
        NSDecimalRound(&result, &source, scale, .plain)
        return SQLNumeric(result)
    }

    /// Orders by value.
    public static func < (lhs: SQLNumeric, rhs: SQLNumeric) -> Bool { lhs.decimal < rhs.decimal }

    static func isDecimalText(_ text: String) -> Bool {
        var sawDigit = false
        var sawDot = false
        for (offset, char) in text.enumerated() {
            switch char {
            case "0"..."9": sawDigit = true
            case "." where !sawDot: sawDot = true
            case "-" where offset == 0, "+" where offset == 0: continue
            default: return false
            }
        }
        return sawDigit
    }
}

extension Decimal {
    /// The value as an `Int64` when it is an integer in range, else `nil` (exact, never
    /// through `Double`).
    var exactInt64: Int64? {
        guard !isNaN, self == rounded(0), self >= Decimal(Int64.min), self <= Decimal(Int64.max) else { return nil }
        let candidate = NSDecimalNumber(decimal: self).int64Value
        return Decimal(candidate) == self ? candidate : Int64(description)
    }
}

extension SQLNumeric: Codable {
    /// Decodes a JSON number or a JSON string holding a decimal.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            guard let value = SQLNumeric(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "\"\(text)\" is not a valid PostgreSQL numeric")
            }
            self = value
        } else {
            self.init(try container.decode(Decimal.self))
        }
    }

    /// Encodes as a JSON number with its exact digits.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(decimal)
    }
}

extension SQLNumeric: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, CustomStringConvertible {
    /// Creates the exact value of an integer literal.
    public init(integerLiteral value: Int) { self.init(value) }

    /// Creates the value a float literal is written as (`0.85` is exactly 0.85).
    public init(floatLiteral value: Double) { self.init(value) }

    /// The exact decimal text.
    public var description: String { decimal.description }
}
