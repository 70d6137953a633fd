import AgencyCore
import AgencyStore

/// Filter operators with SQL's NULL semantics and case rules, on the probe model.
enum QueryCases {
    typealias Oracle = @Sendable (SQLValue, SQLValue) -> Bool

    static func cases<M: Model>(_ probe: QueryProbe<M>) -> [ConformanceCase] {
        let n = probe.number.name
        let t = probe.text.name
        let five = probe.value(5)
        @Sendable func int(_ value: SQLValue) -> Int64? { probe.offset(of: value) }
        let filters: [(String, Filter<M>, Oracle)] = [
            ("equals", .column(n, .equals(five)), { a, _ in int(a) == 5 }),
            ("not equals excludes NULL", .column(n, .notEquals(five)), { a, _ in int(a).map { $0 != 5 } ?? false }),
            ("less than", .column(n, .lessThan(five)), { a, _ in int(a).map { $0 < 5 } ?? false }),
            ("at most", .column(n, .atMost(five)), { a, _ in int(a).map { $0 <= 5 } ?? false }),
            ("greater than", .column(n, .greaterThan(five)), { a, _ in int(a).map { $0 > 5 } ?? false }),
            ("at least", .column(n, .atLeast(five)), { a, _ in int(a).map { $0 >= 5 } ?? false }),
            ("between is inclusive", .column(n, .between(probe.value(1), probe.value(10))), { a, _ in int(a).map { (1...10).contains($0) } ?? false }),
            ("in a list", .column(n, .isIn([probe.value(0), probe.value(20)])), { a, _ in int(a) == 0 || int(a) == 20 }),
            ("in an empty list matches nothing", .column(n, .isIn([])), { _, _ in false }),
            ("in a list holding NULL never matches NULL", .column(n, .isIn([five, .null])), { a, _ in int(a) == 5 }),
            ("is null", .column(n, .isNull), { a, _ in a.isNull }),
            ("is not null", .column(n, .isNotNull), { a, _ in !a.isNull }),
            ("equals is case-sensitive", .column(t, .equals(.text("alpha"))), { _, b in b.string == "alpha" }),
            ("equals ignoring case", .column(t, .equalsIgnoringCase("ALPHA")), { _, b in b.string?.lowercased() == "alpha" }),
            ("prefix is case-sensitive", .column(t, .hasPrefix("alpha")), { _, b in b.string?.hasPrefix("alpha") ?? false }),
            ("and", .all([.column(n, .atLeast(five)), .column(t, .isNotNull)]), { a, b in (int(a).map { $0 >= 5 } ?? false) && !b.isNull }),
            ("or", .any([.column(n, .equals(probe.value(0))), .column(t, .equals(.text("beta")))]), { a, b in int(a) == 0 || b.string == "beta" }),
            ("not of an unknown comparison excludes NULL", .not(.column(n, .equals(five))), { a, _ in int(a).map { $0 != 5 } ?? false }),
            ("not of not null is null", .not(.column(n, .isNotNull)), { a, _ in a.isNull }),
            ("or with an unknown side", .any([.column(n, .equals(five)), .not(.column(t, .equals(.text("beta"))))]),
             { a, b in int(a) == 5 || (b.string.map { $0 != "beta" } ?? false) }),
        ]
        var cases = filters.map { name, filter, oracle in
            ConformanceCase(.query, name) { context in
                let rows = try await probe.seed(context)
                let fetched = try await context.tenant(0).fetch(Query<M>().filter(filter))
                try context.expectEqual(probe.keys(fetched).map(\.displayText), probe.expected(rows, where: oracle).map(\.displayText),
                                        "\(name): the rows SQL would return, in key order")
                let counted = try await context.tenant(0).count(Query<M>().filter(filter))
                try context.expectEqual(counted, fetched.count, "\(name): count agrees with fetch")
            }
        }
        cases.append(ConformanceCase(.query, "an unknown column is an invalid query") { context in
            try await context.expectError("filtering on a column the table lacks", "StoreError.invalidQuery",
                                          matching: { if case .invalidQuery = $0 { return true }; return false }) {
                try await context.tenant(0).fetch(Query<M>().where(column: "no_such_column", .isNull))
            }
        })
        return cases
    }
}
