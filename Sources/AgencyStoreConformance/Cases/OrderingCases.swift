import AgencyCore
import AgencyStore

/// Sorting (null placement, bytewise text, primary-key tie-break) and pagination (limit,
/// offset, keyset pages without gaps or duplicates) on the probe model.
enum OrderingCases {
    static func cases<M: Model>(_ probe: QueryProbe<M>) -> [ConformanceCase] {
        let n = probe.number.name
        let t = probe.text.name
        let sorts: [(String, [SortKey])] = [
            ("ascending puts NULLs last and breaks ties by key", [SortKey(n, .ascending)]),
            ("descending puts NULLs first and breaks ties by key", [SortKey(n, .descending)]),
            ("text sorts bytewise", [SortKey(t, .ascending)]),
            ("several keys apply in order", [SortKey(n, .descending), SortKey(t, .ascending)]),
        ]
        var cases = sorts.map { name, keys in
            ConformanceCase(.sort, name) { context in
                let rows = try await probe.seed(context)
                var query = Query<M>()
                for key in keys { query = query.sorted(byColumn: key.column, key.direction) }
                let fetched = try await context.tenant(0).fetch(query)
                try context.expectEqual(probe.keys(fetched).map(\.displayText), expectedOrder(rows, query).map(\.displayText),
                                        "\(name): PostgreSQL's order")
            }
        }
        cases.append(ConformanceCase(.sort, "a JSON column cannot be sorted") { context in
            guard let json = M.schema.columns.first(where: { !$0.description.type.isSortable }) else { return }
            try await context.expectError("sorting by \(json.name)", "StoreError.invalidQuery",
                                          matching: { if case .invalidQuery = $0 { return true }; return false }) {
                try await context.tenant(0).fetch(Query<M>().sorted(byColumn: json.name))
            }
        })
        let pages: [(String, Query<M>, Int, Int)] = [
            ("limit returns the first rows", Query<M>().sorted(byColumn: n), 3, 0),
            ("offset skips rows", Query<M>().sorted(byColumn: n), 3, 4),
            ("offset past the end returns nothing", Query<M>().sorted(byColumn: n), 3, 100),
        ]
        for (name, query, limit, offset) in pages {
            cases.append(ConformanceCase(.pagination, name) { context in
                let rows = try await probe.seed(context)
                let expected = Array(expectedOrder(rows, query).dropFirst(offset).prefix(limit))
                let fetched = try await context.tenant(0).fetch(query.limit(limit).offset(offset))
                try context.expectEqual(probe.keys(fetched).map(\.displayText), expected.map(\.displayText), name)
                try context.expectEqual(try await context.tenant(0).count(query.limit(limit).offset(offset)), rows.count,
                                        "count ignores limit and offset")
            })
        }
        let keysets: [(String, Query<M>)] = [
            ("keyset pages cover every row once, ascending", Query<M>().sorted(byColumn: n)),
            ("keyset pages cover every row once, descending", Query<M>().sorted(byColumn: n, .descending)),
            ("keyset pages cover every row once, two keys", Query<M>().sorted(byColumn: t, .descending).sorted(byColumn: n)),
            ("keyset pages cover every row once, key order only", Query<M>()),
        ]
        for (name, query) in keysets {
            cases.append(ConformanceCase(.pagination, name) { context in
                let rows = try await probe.seed(context)
                var collected: [M] = []
                var cursorQuery = query
                for _ in 0...rows.count {
                    let page = try await context.tenant(0).page(cursorQuery, size: 3)
                    collected += page.rows
                    guard let next = page.nextCursor else { break }
                    cursorQuery = query.after(cursor: next)
                }
                try context.expectEqual(probe.keys(collected).map(\.displayText), expectedOrder(rows, query).map(\.displayText),
                                        "\(name): no gap, no duplicate")
            })
        }
        cases.append(ConformanceCase(.pagination, "a negative limit is an invalid query") { context in
            try await context.expectError("limit -1", "StoreError.invalidQuery",
                                          matching: { if case .invalidQuery = $0 { return true }; return false }) {
                try await context.tenant(0).fetch(Query<M>().limit(-1))
            }
        })
        return cases
    }

    /// The order PostgreSQL gives: each key with NULLs last ascending / first descending,
    /// then the primary key.
    static func expectedOrder<M: Model>(_ rows: [M], _ query: Query<M>) -> [SQLValue] {
        let keys = query.effectiveSort
        return rows.sorted { lhs, rhs in
            for key in keys {
                let a = M.schema.value(key.column, in: lhs)
                let b = M.schema.value(key.column, in: rhs)
                if a == b { continue }
                if a.isNull { return key.direction == .descending }
                if b.isNull { return key.direction == .ascending }
                return key.direction == .ascending ? a.sortsBefore(b) : b.sortsBefore(a)
            }
            return false
        }.map { M.schema.primaryKeyValue(of: $0) }
    }
}
