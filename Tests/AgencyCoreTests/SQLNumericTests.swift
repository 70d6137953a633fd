import Foundation
import Testing
import AgencyCore

@Suite("SQLNumeric")
struct SQLNumericTests {
    static func exact(_ text: String) throws -> Decimal {
        try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
    }

    @Test("a JSON number and a JSON string decode to the exact decimal", arguments: [
        "0.1", "0.85", "123456789.123456789", "-0.5", "0", "100", "-12.34", "0.000001", "99999999999999999999.99",
    ])
    func decodesExactly(_ text: String) throws {
        let expected = try Self.exact(text)
        #expect(try agencyDecode(Box<SQLNumeric>.self, #"{"value":\#(text)}"#).value.decimal == expected)
        #expect(try agencyDecode(Box<SQLNumeric>.self, #"{"value":"\#(text)"}"#).value.decimal == expected)
        #expect(SQLNumeric(text)?.decimal == expected)
    }

    @Test("encodes as a JSON number with its exact digits", arguments: [
        "0.1", "0.85", "123456789.123456789", "-0.5", "0", "100", "0.000001",
    ])
    func encodesExactly(_ text: String) throws {
        let value = try #require(SQLNumeric(text))
        #expect(try agencyJSON(Box(value: value)) == #"{"value":\#(text)}"#)
        #expect(value.description == text)
    }

    @Test("an exponent is valid JSON number syntax but not accepted in a numeric string")
    func exponents() throws {
        #expect(try agencyDecode(Box<SQLNumeric>.self, #"{"value":1e3}"#).value == 1000)
        #expect(try agencyDecode(Box<SQLNumeric>.self, #"{"value":25E-2}"#).value.decimal == Self.exact("0.25"))
        #expect(SQLNumeric("1e3") == nil)
        #expect(throws: DecodingError.self) { try agencyDecode(Box<SQLNumeric>.self, #"{"value":"1e3"}"#) }
    }

    @Test("text parsing accepts signs and surrounding spaces, rejects the rest", arguments: [
        (" 12.5 ", "12.5"), ("+3", "3"), ("-0.25", "-0.25"), (".5", "0.5"), ("5.", "5"),
    ])
    func lenientText(_ text: String, _ value: String) throws {
        #expect(SQLNumeric(text)?.decimal == (try Self.exact(value)))
    }

    @Test("rejects text that is not a decimal", arguments: [
        "", " ", ".", "-", "+", "abc", "1.2.3", "--1", "1-", "1,5", "0x10", "NaN", "Infinity", "1 000",
    ])
    func rejections(_ text: String) {
        #expect(SQLNumeric(text) == nil)
        #expect(throws: DecodingError.self) {
            try agencyDecode(Box<SQLNumeric>.self, #"{"value":"\#(text)"}"#)
        }
    }

    @Test("a Double or float literal becomes the decimal it is written as")
    func fromDouble() throws {
        #expect(SQLNumeric(0.85).decimal == (try Self.exact("0.85")))
        let literal: SQLNumeric = 0.1
        #expect(literal.decimal == (try Self.exact("0.1")))
        #expect(SQLNumeric(7) == 7)
        #expect(SQLNumeric(0.1) < SQLNumeric(0.85))
    }

    @Test("scale and integer digits", arguments: [
        ("12.340", 2, 2), ("0.001", 3, 0), ("100", 0, 3), ("-0.5", 1, 0), ("-12.5", 1, 2), ("0", 0, 0),
        ("123456789.123456789", 9, 9),
    ])
    func scaleAndDigits(_ text: String, _ scale: Int, _ integerDigits: Int) throws {
        let value = try #require(SQLNumeric(text))
        #expect(value.scale == scale)
        #expect(value.integerDigits == integerDigits)
    }

    @Test("rounded(scale:) rounds half away from zero, as PostgreSQL rounds numeric input", arguments: [
        ("2.345", 2, "2.35"), ("-2.345", 2, "-2.35"), ("2.344", 2, "2.34"), ("1.5", 0, "2"), ("-1.5", 0, "-2"),
        ("0.125", 2, "0.13"), ("12.3", 2, "12.3"),
    ])
    func rounding(_ text: String, _ scale: Int, _ expected: String) throws {
        #expect(try #require(SQLNumeric(text)).rounded(scale: scale).decimal == (try Self.exact(expected)))
    }

    @Test("doubleValue is the nearest double, even for large values")
    func doubleValue() throws {
        #expect(SQLNumeric(try Self.exact("0.1")).doubleValue == 0.1)
        #expect(SQLNumeric(try Self.exact("1000000000000000000000000000000")).doubleValue == 1e30)
        #expect(SQLNumeric(try Self.exact("123456789.123456789")).doubleValue == 123_456_789.123456789)
    }
}
