import Foundation
import Testing
import AgencyCore

@Suite("JSONValue")
struct JSONValueTests {
    static let nested = #"""
    {"a":[1,2.5,null,true,false,"x",{"b":null,"c":[]}],"big":12345678901234567890,"d":-0.001,"e":{},"s":"é \"q\" /"}
    """#

    @Test("nested values survive decode → encode → decode, byte for byte")
    func losslessRoundTrip() throws {
        let value = try agencyDecode(JSONValue.self, Self.nested)
        let encoded = try agencyJSON(value)
        #expect(try agencyDecode(JSONValue.self, encoded) == value)
        #expect(encoded == Self.nested.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test("literals build the same value as decoding")
    func literals() throws {
        let literal: JSONValue = [
            "a": [1, 2.5, nil, true, false, "x", ["b": nil, "c": []]],
            "big": .number(try #require(Decimal(string: "12345678901234567890"))),
            "d": -0.001, "e": [:], "s": "é \"q\" /",
        ]
        #expect(literal == (try agencyDecode(JSONValue.self, Self.nested)))
        let repeated = JSONValue(dictionaryLiteral: ("k", 1), ("k", 2))
        #expect(repeated["k"] == 2)
    }

    @Test("booleans are not numbers, and numbers are not strings")
    func kinds() throws {
        #expect(try agencyDecode(JSONValue.self, "[true]") == [.bool(true)])
        #expect(try agencyDecode(JSONValue.self, "[1]") == [.number(1)])
        #expect(try agencyDecode(JSONValue.self, #"["1"]"#) == [.string("1")])
        #expect(JSONValue.bool(true) != .number(1))
        #expect(JSONValue.bool(false) != .number(0))
        #expect(JSONValue.string("1") != .number(1))
        #expect(try agencyJSON([JSONValue.bool(true), .number(1), .string("1")]) == #"[true,1,"1"]"#)
    }

    @Test("integers stay integers, decimals stay exact")
    func numbers() throws {
        let value = try agencyDecode(JSONValue.self, "[1,1.5,0.1,-7,1e2]")
        #expect(value.arrayValue?.map(\.intValue) == [1, nil, nil, -7, 100])
        #expect(value.arrayValue?.map(\.doubleValue) == [1, 1.5, 0.1, -7, 100])
        #expect(try agencyJSON(value) == "[1,1.5,0.1,-7,100]")
        #expect(JSONValue.number(try #require(Decimal(string: "1e30"))).intValue == nil)
        #expect(JSONValue.number(try #require(Decimal(string: "9223372036854775807"))).intValue == Int.max)
        #expect(JSONValue.string("1").intValue == nil)
    }

    @Test("null inside arrays and objects is a value, distinct from a missing key")
    func nulls() throws {
        let value = try agencyDecode(JSONValue.self, #"{"gone":null,"list":[null,1]}"#)
        #expect(value["gone"] == .null)
        #expect(value["gone"]?.isNull == true)
        #expect(value["missing"] == nil)
        #expect(value["list"]?.arrayValue == [.null, 1])
        #expect(try agencyJSON(value) == #"{"gone":null,"list":[null,1]}"#)
    }

    @Test("accessors return nil for the wrong kind")
    func accessors() {
        let value: JSONValue = ["s": "x", "b": true, "o": ["k": 1]]
        #expect(value["s"]?.stringValue == "x")
        #expect(value["b"]?.boolValue == true)
        #expect(value["o"]?.objectValue == ["k": 1])
        #expect(value["s"]?.boolValue == nil)
        #expect(value["b"]?.stringValue == nil)
        #expect(value.arrayValue == nil)
        #expect(JSONValue.string("x")["k"] == nil)
        #expect(JSONValue.emptyObject == [:] && JSONValue.emptyArray == [])
    }

    struct Payload: Codable, Equatable {
        var at: Timestamp
        var price: SQLNumeric
        var day: LocalDate
        var note: String?
        var tags: [String]
    }

    @Test("init(encoding:) and decode(as:) go through the AgencyKit coder")
    func typedConversion() throws {
        let payload = Payload(at: Timestamp(microsecondsSinceEpoch: 1_769_163_330_123_456), price: 0.85,
                              day: LocalDate(daysSinceEpoch: 20_476), note: nil, tags: ["a"])
        let json = try JSONValue(encoding: payload)
        #expect(json == ["at": "2026-01-23T10:15:30.123456+00:00", "price": 0.85, "day": "2026-01-23", "tags": ["a"]])
        #expect(try json.decode(as: Payload.self) == payload)
        #expect(throws: DecodingError.self) { try JSONValue.string("x").decode(as: Payload.self) }
        #expect(throws: DecodingError.self) { try (["at": 1] as JSONValue).decode(as: Payload.self) }
    }
}
