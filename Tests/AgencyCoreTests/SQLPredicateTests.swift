import Foundation
import Testing
import AgencyCore

@Suite("SQLPredicate three-valued logic")
struct SQLPredicateTests {
    static let row = Widget(id: ID(Samples.uuidA), score: 10)

    /// Evaluates a predicate against `row` (default: a row whose nullable columns are all NULL).
    static func eval(_ predicate: SQLPredicate, _ row: Widget = row) throws -> Bool? {
        try predicate.compile(for: Widget.schema).evaluate(row)
    }

    /// Unknown: `rank = 1` where rank is NULL.
    static let U = SQLPredicate.compare(.column("rank"), .equal, .value(.int(1)))

    static func value(_ truth: Bool?) -> SQLPredicate { truth.map(SQLPredicate.constant) ?? U }

    /// SQL's (Kleene's) truth tables.
    @Test("AND, OR and NOT with NULL", arguments: [
        (Bool?.some(true), Bool?.some(true), Bool?.some(true), Bool?.some(true)),
        (true, false, false, true), (true, nil, nil, true),
        (false, true, false, true), (false, false, false, false), (false, nil, false, nil),
        (nil, true, nil, true), (nil, false, false, nil), (nil, nil, nil, nil),
    ])
    func truthTable(_ a: Bool?, _ b: Bool?, _ and: Bool?, _ or: Bool?) throws {
        #expect(try Self.eval(.and([Self.value(a), Self.value(b)])) == and)
        #expect(try Self.eval(.or([Self.value(a), Self.value(b)])) == or)
        #expect(try Self.eval(.not(Self.value(a))) == a.map { !$0 })
    }

    @Test("empty AND is true, empty OR is false")
    func emptyConnectives() throws {
        #expect(try Self.eval(.and([])) == true)
        #expect(try Self.eval(.or([])) == false)
    }

    @Test("x = NULL is unknown, even when x is NULL; IS NULL is not")
    func comparingWithNull() throws {
        #expect(try Self.eval(.compare(.column("rank"), .equal, .value(.null))) == nil)
        #expect(try Self.eval(.compare(.column("score"), .equal, .value(.null))) == nil)
        #expect(try Self.eval(.compare(.column("score"), .notEqual, .value(.null))) == nil)
        #expect(try Self.eval(.isNull(.column("rank"))) == true)
        #expect(try Self.eval(.isNotNull(.column("rank"))) == false)
        #expect(try Self.eval(.isNull(.column("score"))) == false)
    }

    @Test("NOT (x = 1) with x NULL excludes the row from a filter and passes a CHECK")
    func negatedUnknown() throws {
        let compiled = try SQLPredicate.not(Self.U).compile(for: Widget.schema)
        #expect(compiled.evaluate(Self.row) == nil)
        #expect(!compiled.matches(Self.row))
        #expect(compiled.accepts(Self.row))
    }

    @Test("every comparison operator", arguments: [
        (ComparisonOperator.equal, [false, true, false]), (.notEqual, [true, false, true]), (.less, [true, false, false]),
        (.lessOrEqual, [true, true, false]), (.greater, [false, false, true]), (.greaterOrEqual, [false, true, true]),
    ])
    func operators(_ op: ComparisonOperator, _ expected: [Bool]) throws {
        let results = try [5, 10, 15].map { score in
            try Self.eval(.compare(.value(.int(Int64(score))), op, .column("score")))
        }
        #expect(results == expected.map(Optional.some))
    }

    @Test("IN with NULL in the list or as the operand", arguments: [
        (Int?.some(1), [SQLValue.int(1), .null], Bool?.some(true)),
        (2, [.int(1), .null], nil),
        (2, [.int(1), .int(3)], false),
        (nil, [.int(1)], nil),
        (nil, [.null], nil),
        (nil, [], false),
        (1, [], false),
        (1, [.double(1.0)], true),
    ])
    func isIn(_ rank: Int?, _ list: [SQLValue], _ expected: Bool?) throws {
        let row = Widget(id: ID(Samples.uuidA), rank: rank)
        #expect(try Self.eval(.isIn(.column("rank"), list), row) == expected)
        #expect(try Self.eval(.not(.isIn(.column("rank"), list)), row) == expected.map { !$0 })
    }

    @Test("hasPrefix compares bytes", arguments: [
        (String?.some("Apple"), "App", Bool?.some(true)), ("apple", "App", false), ("App", "Apple", false),
        ("e\u{301}clair", "e", true), ("éclair", "e", false), ("éclair", "é", true), ("x", "", true), (nil, "a", nil),
    ])
    func hasPrefix(_ label: String?, _ prefix: String, _ expected: Bool?) throws {
        let row = Widget(id: ID(Samples.uuidA), label: label)
        #expect(try Self.eval(.hasPrefix(.column("label"), prefix), row) == expected)
        #expect(try Self.eval(.hasPrefix(.column("score"), "1")) == false)
    }

    @Test("equalsIgnoringCase compares lower-cased text", arguments: [
        (String?.some("Ada@Example.COM"), "ada@example.com", Bool?.some(true)), ("ADA", "ada", true),
        ("ada", "adb", false), (nil, "ada", nil),
    ])
    func equalsIgnoringCase(_ label: String?, _ text: String, _ expected: Bool?) throws {
        let row = Widget(id: ID(Samples.uuidA), label: label)
        #expect(try Self.eval(.equalsIgnoringCase(.column("label"), text), row) == expected)
    }

    @Test("sum is NULL when any operand is NULL, exact otherwise")
    func sums() throws {
        let row = Widget(id: ID(Samples.uuidA), rank: 2, score: 10, amount: SQLNumeric(0.25))
        let nulls = Widget(id: ID(Samples.uuidA), score: 10)
        let intSum = SQLExpression.sum([.column("rank"), .column("score")])
        #expect(try Self.eval(.compare(intSum, .equal, .value(.int(12))), row) == true)
        #expect(try Self.eval(.compare(intSum, .equal, .value(.int(12))), nulls) == nil)
        #expect(try Self.eval(.isNull(intSum), nulls) == true)
        let mixed = SQLExpression.sum([.column("score"), .column("amount")])
        #expect(try Self.eval(.compare(mixed, .equal, .value(Samples.numeric("10.25"))), row) == true)
        #expect(try Self.eval(.compare(.sum([]), .equal, .value(.int(0)))) == true)
    }

    @Test("length counts Unicode scalars, like char_length; arrays count elements", arguments: [
        ("héllo", 5), ("he\u{301}llo", 6), ("\u{1F44D}\u{1F3FD}", 2), ("", 0), ("ab c", 4),
    ])
    func length(_ text: String, _ expected: Int) throws {
        let row = Widget(id: ID(Samples.uuidA), label: text, tags: Array(repeating: "t", count: expected))
        #expect(try Self.eval(.compare(.length(.column("label")), .equal, .value(.int(Int64(expected)))), row) == true)
        #expect(try Self.eval(.compare(.length(.column("tags")), .equal, .value(.int(Int64(expected)))), row) == true)
        #expect(try Self.eval(.isNull(.length(.column("label")))) == true)
    }

    @Test("lower() folds text and passes other values through")
    func lower() throws {
        let row = Widget(id: ID(Samples.uuidA), label: "MiXed")
        #expect(try Self.eval(.compare(.lower(.column("label")), .equal, .value(.text("mixed"))), row) == true)
        #expect(try Self.eval(.compare(.lower(.column("score")), .equal, .value(.int(10)))) == true)
    }

    @Test("text constants are cast to the column's type, as PostgreSQL casts literals")
    func literalCoercion() throws {
        let at = try Timestamp(parsing: "2026-01-23T10:15:30Z")
        let row = Widget(id: ID(Samples.uuidA), day: Samples.day, seenAt: at, owner: Samples.uuidB)
        #expect(try Self.eval(.compare(.column("owner"), .equal, .value(.text(Samples.uuidB.uuidString.lowercased()))), row) == true)
        #expect(try Self.eval(.compare(.column("seen_at"), .equal, .value(.text("2026-01-23 20:15:30+10"))), row) == true)
        #expect(try Self.eval(.compare(.value(.text("2026-01-24")), .greater, .column("day")), row) == true)
        #expect(try Self.eval(.isIn(.column("owner"), [.text(Samples.uuidB.uuidString)]), row) == true)
        #expect(SQLValue.text("not a date").coerced(to: .date) == .text("not a date"))
    }

    @Test("an unknown column is an error at compile time")
    func unknownColumn() {
        #expect(throws: ExpressionError.unknownColumn(table: "widgets", column: "ghost")) {
            try SQLPredicate.isNull(.column("ghost")).compile(for: Widget.schema)
        }
    }

    @Test("referencedColumns lists every column read")
    func referencedColumns() {
        let predicate = SQLPredicate.and([
            .compare(.sum([.column("a"), .column("b")]), .less, .value(.int(1))),
            .not(.or([.isNull(.lower(.column("c"))), .isIn(.length(.column("d")), [])])),
            .hasPrefix(.column("e"), "x"), .equalsIgnoringCase(.column("f"), "y"), .constant(true),
        ])
        #expect(predicate.referencedColumns == ["a", "b", "c", "d", "e", "f"])
        #expect((SQLExpression.column("x") == .int(1)) == .compare(.column("x"), .equal, .value(.int(1))))
        #expect((SQLExpression.column("x") >= .int(1)) == .compare(.column("x"), .greaterOrEqual, .value(.int(1))))
    }
}
