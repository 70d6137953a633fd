import Foundation
import Testing
import AgencyCore

@Suite("SQLValueConvertible")
struct SQLValueConvertibleTests {
    static func roundTrip<T: SQLValueConvertible & Equatable>(_ value: T, _ expected: SQLValue) throws {
        #expect(value.sqlValue == expected)
        #expect(try T(sqlValue: expected) == value)
        #expect(!T.admitsNull)
        #expect(T.enumeratedRawValues == nil)
    }

    @Test("every scalar maps to its kind and back")
    func scalars() throws {
        try Self.roundTrip(true, .bool(true))
        try Self.roundTrip(42, .int(42))
        try Self.roundTrip(Int64.min, .int(.min))
        try Self.roundTrip(2.5, .double(2.5))
        try Self.roundTrip("text", .text("text"))
        try Self.roundTrip(Samples.uuidA, .uuid(Samples.uuidA))
        try Self.roundTrip(Timestamp(microsecondsSinceEpoch: 7), .timestamp(Timestamp(microsecondsSinceEpoch: 7)))
        try Self.roundTrip(Samples.day, .date(Samples.day))
        try Self.roundTrip(TimeOfDay(microsecondsSinceMidnight: 9), .time(TimeOfDay(microsecondsSinceMidnight: 9)))
        try Self.roundTrip(SQLNumeric(0.85), .numeric(SQLNumeric(0.85)))
        try Self.roundTrip(JSONValue.object(["a": [1, nil]]), .json(["a": [1, nil]]))
        try Self.roundTrip(ID<Widget>(Samples.uuidA), .uuid(Samples.uuidA))
        try Self.roundTrip(ID<Flagged>(7), .int(7))
        try Self.roundTrip(ID<Keyed>("k"), .text("k"))
        #expect(SQLValue(sqlValue: .int(3)) == .int(3))
    }

    @Test("numbers convert exactly between kinds or not at all")
    func numberConversions() throws {
        #expect(try Int(sqlValue: .double(2.0)) == 2)
        #expect(try Int(sqlValue: Samples.numeric("12.00")) == 12)
        #expect(try Int64(sqlValue: Samples.numeric("9007199254740993")) == 9_007_199_254_740_993)
        #expect(try Int64(sqlValue: Samples.numeric("-9223372036854775808")) == .min)
        #expect(try Double(sqlValue: .int(3)) == 3)
        #expect(try Double(sqlValue: Samples.numeric("0.1")) == 0.1)
        #expect(try SQLNumeric(sqlValue: .int(5)) == 5)
        #expect(try SQLNumeric(sqlValue: .double(0.85)).decimal == Decimal(string: "0.85"))
        #expect(throws: SQLValueConversionError.self) { try Int(sqlValue: .double(2.5)) }
        #expect(throws: SQLValueConversionError.self) { try Int64(sqlValue: Samples.numeric("9223372036854775808")) }
        #expect(throws: SQLValueConversionError.self) { try Int(sqlValue: .double(.nan)) }
        #expect(try UUID(sqlValue: .text(Samples.uuidA.uuidString.lowercased())) == Samples.uuidA)
    }

    @Test("a wrong kind throws an error naming both types")
    func mismatches() {
        #expect(throws: SQLValueConversionError(targetType: "Bool", found: "integer")) { try Bool(sqlValue: .int(1)) }
        #expect(throws: SQLValueConversionError(targetType: "String", found: "null")) { try String(sqlValue: .null) }
        #expect(throws: SQLValueConversionError(targetType: "Int", found: "text")) { try Int(sqlValue: .text("1")) }
        #expect(throws: SQLValueConversionError(targetType: "UUID", found: "text")) { try UUID(sqlValue: .text("nope")) }
        #expect(throws: SQLValueConversionError(targetType: "Timestamp", found: "date")) {
            try Timestamp(sqlValue: .date(Samples.day))
        }
        #expect(throws: SQLValueConversionError(targetType: "LocalDate", found: "timestamp")) {
            try LocalDate(sqlValue: .timestamp(.unassigned))
        }
        #expect(throws: SQLValueConversionError.self) { try TimeOfDay(sqlValue: .text("09:00")) }
        #expect(throws: SQLValueConversionError.self) { try JSONValue(sqlValue: .text("{}")) }
        #expect(throws: SQLValueConversionError.self) { try Double(sqlValue: .bool(true)) }
        #expect(throws: SQLValueConversionError.self) { try SQLNumeric(sqlValue: .text("1")) }
        #expect(SQLValueConversionError(targetType: "Int", found: "text").description == "cannot convert a text value to Int")
    }

    @Test("Optional maps nil to NULL and admits it")
    func optionals() throws {
        #expect(Int?.none.sqlValue == .null)
        #expect(Int?.some(4).sqlValue == .int(4))
        #expect(try Int?(sqlValue: .null) == nil)
        #expect(try Int?(sqlValue: .int(4)) == 4)
        #expect(Int?.admitsNull && String?.admitsNull)
        #expect(throws: SQLValueConversionError.self) { try Int?(sqlValue: .text("4")) }
    }

    @Test("Array maps to an array value, element by element")
    func arrays() throws {
        #expect([1, 2].sqlValue == .array([.int(1), .int(2)]))
        #expect(try [String](sqlValue: .array([.text("a"), .text("b")])) == ["a", "b"])
        #expect(try [Int?](sqlValue: .array([.int(1), .null])) == [1, nil])
        #expect(throws: SQLValueConversionError.self) { try [Int](sqlValue: .array([.int(1), .null])) }
        #expect(throws: SQLValueConversionError.self) { try [Int](sqlValue: .int(1)) }
        #expect(![Int].admitsNull)
    }

    @Test("enumerations pass their raw values through Optional and Array")
    func enumeratedRawValues() {
        #expect(Shade.enumeratedRawValues == ["red", "green", "blue"])
        #expect(Shade?.enumeratedRawValues == ["red", "green", "blue"])
        #expect([Shade].enumeratedRawValues == ["red", "green", "blue"])
        #expect([Shade]?.enumeratedRawValues == ["red", "green", "blue"])
        #expect([String].enumeratedRawValues == nil)
    }
}
