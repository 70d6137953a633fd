import AgencyCore
import AgencyStore

/// Per-model cases: invalid rows and append-only tables are refused and change nothing.
enum ValidationCases {
    static func cases<M: Model>(_ type: M.Type) -> [ConformanceCase] {
        let table = M.schema.table
        var cases: [ConformanceCase] = []
        if CaseSupport.hasBreakableColumn(M.self) {
            cases.append(ConformanceCase(.validation, "an invalid row is refused with every violation", table: table.name) {
                try await invalid(M.self, $0)
            })
        }
        if table.mutability == .appendOnly {
            cases.append(ConformanceCase(.appendOnly, "rows cannot be changed or removed", table: table.name) { try await appendOnly(M.self, $0) })
        }
        return cases
    }

    private static func invalid<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let owner = CaseSupport.owner(M.self)
        let scope = CaseSupport.scope(context, owner)
        let valid = try context.newRow(M.self, tenant: owner, ordinal: 1_300)
        let (broken, columns) = CaseSupport.broken(valid, count: 2)
        guard !columns.isEmpty else {
            throw FixtureError(table: M.schema.name, detail: "no column value could be made invalid")
        }
        let before = try await context.state()
        let error = try await context.expectError("an invalid row is refused", "StoreError.invalid naming \(columns)",
                                                  matching: { if case .invalid = $0 { return true }; return false }) {
            try await scope.insert(broken)
        }
        if case .invalid(let validation) = error {
            let reported = Set(validation.violations.flatMap(\.columns))
            try context.expect(Set(columns).isSubset(of: reported), "every broken column is reported",
                               expected: columns.joined(separator: ", "), actual: reported.sorted().joined(separator: ", "))
        }
        try await context.expectUnchanged(since: before, "the refused insert changed nothing")
    }

    private static func appendOnly<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let owner = CaseSupport.owner(M.self)
        let scope = CaseSupport.scope(context, owner)
        let row = try CaseSupport.fixtureRow(M.self, context, tenant: owner)
        let id = try CaseSupport.id(M.self, M.schema.primaryKeyValue(of: row))
        let before = try await context.state()
        let refused: (StoreError) -> Bool = { if case .operationNotAllowed = $0 { return true }; return false }
        try await context.expectError("an append-only row cannot be updated", "StoreError.operationNotAllowed", matching: refused) {
            try await scope.update(row)
        }
        try await context.expectError("an append-only row cannot be soft-deleted", "StoreError.operationNotAllowed", matching: refused) {
            try await scope.softDelete(M.self, id: id)
        }
        try await context.expectError("an append-only row cannot be purged directly", "StoreError.operationNotAllowed", matching: refused) {
            try await scope.purge(M.self, id: id)
        }
        try await context.expectUnchanged(since: before, "refused writes changed nothing")
    }
}
