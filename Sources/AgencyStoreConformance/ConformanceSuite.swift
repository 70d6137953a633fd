import AgencyCore
import AgencyStore

/// The backend-agnostic suite that proves a `Store` keeps the contract, built from a
/// schema target's descriptions alone (no code per model), so every schema target and
/// every backend run the same checks.
///
/// From Swift Testing:
/// ```swift
/// let suite = ConformanceSuite(schema: AgencyOSSchema.target) { environment in
///     try MyStore(clock: environment.clock, seed: environment.seed)
/// }
///
/// @Test(arguments: suite.cases)
/// func conformance(_ check: ConformanceCase) async throws {
///     try await suite.run(check)
/// }
/// ```
/// From XCTest: `let report = await suite.runAll(); XCTAssertTrue(report.failures.isEmpty, report.summary)`.
public struct ConformanceSuite: Sendable {
    /// The schema target whose models every case exercises.
    public let schema: SchemaTarget
    /// Categories the backend declares unsupported; their cases are reported as skipped.
    public let unsupported: Set<ConformanceCategory>
    /// The seed of the fixture and of the store's UUID generator.
    public let seed: UInt64
    private let makeStore: @Sendable (StoreEnvironment) async throws -> any Store

    /// The instant every case's clock starts at: 2026-01-01T00:00:00Z.
    public static let epoch = Timestamp(microsecondsSinceEpoch: 1_767_225_600_000_000)

    /// Creates the suite.
    ///
    /// - Parameters:
    ///   - schema: The schema target to exercise.
    ///   - unsupported: Categories the backend does not support (reported as skipped).
    ///   - seed: Fixture and UUID seed.
    ///   - makeStore: Returns a fresh, empty store that uses the environment's clock and seed.
    public init(schema: SchemaTarget, unsupported: Set<ConformanceCategory> = [], seed: UInt64 = 0x0A6E_4C1A,
                makeStore: @escaping @Sendable (StoreEnvironment) async throws -> any Store) {
        self.schema = schema
        self.unsupported = unsupported
        self.seed = seed
        self.makeStore = makeStore
    }

    /// Every case, in a stable order.
    public var cases: [ConformanceCase] {
        var all: [ConformanceCase] = []
        for model in schema.models { all += Self.modelCases(model, schema) }
        if let probe = schema.models.lazy.compactMap({ Self.probeCases($0, self.schema) }).first { all += probe }
        return all
    }

    /// The cases of categories the backend supports.
    public var supportedCases: [ConformanceCase] { cases.filter { !unsupported.contains($0.category) } }

    /// Runs one case against a fresh store seeded with the fixture.
    ///
    /// - Throws: ``ConformanceFailure`` when the store breaks the contract, ``FixtureError``
    ///   when the fixture cannot be built, ``ConformanceSkipped`` for an unsupported case.
    public func run(_ check: ConformanceCase) async throws {
        if unsupported.contains(check.category) { throw ConformanceSkipped(caseID: check.id, category: check.category) }
        let clock = ManualTimeSource(Self.epoch)
        let store = try await makeStore(StoreEnvironment(clock: clock, seed: seed &+ 0x5EED_5EED))
        let world = try await FixtureWorld.seed(store, schema: schema, clock: clock, seed: seed)
        let context = ConformanceContext(caseID: check.id, store: store, clock: clock, world: world, schema: schema)
        do {
            try await check.body(context)
        } catch let failure as ConformanceFailure {
            throw failure
        } catch let error as FixtureError {
            throw error
        } catch {
            throw ConformanceFailure(caseID: check.id, expectation: "the case runs without unexpected errors",
                                     expected: "no error", actual: "\(type(of: error)): \(error)")
        }
    }

    /// The outcome of one case.
    public func outcome(of check: ConformanceCase) async -> ConformanceOutcome {
        do {
            try await run(check)
            return .passed
        } catch let skipped as ConformanceSkipped {
            return .skipped(reason: skipped.description)
        } catch {
            return .failed("\(error)")
        }
    }

    /// Runs every case and reports each outcome.
    public func runAll() async -> ConformanceReport {
        var outcomes: [(String, ConformanceOutcome)] = []
        for check in cases { outcomes.append((check.id, await outcome(of: check))) }
        return ConformanceReport(outcomes: outcomes)
    }

    private static func modelCases<M: Model>(_ type: M.Type, _ schema: SchemaTarget) -> [ConformanceCase] {
        RowCases.cases(M.self) + SoftDeleteCases.cases(M.self) + TenancyCases.cases(M.self) + ValidationCases.cases(M.self)
            + ConstraintCases.cases(M.self, schema: schema) + PurgeCases.cases(M.self, schema: schema)
    }

    private static func probeCases<M: Model>(_ type: M.Type, _ schema: SchemaTarget) -> [ConformanceCase]? {
        guard let probe = QueryProbe(M.self) else { return nil }
        return QueryCases.cases(probe) + OrderingCases.cases(probe) + ConcurrencyCases.cases(M.self)
            + TransactionCases.cases(M.self, schema: schema)
    }
}

/// A case of a category the backend declared unsupported.
public struct ConformanceSkipped: Error, Hashable, Sendable, CustomStringConvertible {
    /// The case.
    public let caseID: String
    /// Its category.
    public let category: ConformanceCategory

    /// `skipped: … (category unsupported)`.
    public var description: String { "skipped: \(caseID) (\(category.rawValue) declared unsupported)" }
}

/// The outcome of every case of a run.
public struct ConformanceReport: Sendable {
    /// Case identifiers and outcomes, in run order.
    public let outcomes: [(id: String, outcome: ConformanceOutcome)]

    /// Cases that passed.
    public var passed: [String] { outcomes.filter { $0.outcome == .passed }.map(\.id) }
    /// Failed cases with their messages.
    public var failures: [(id: String, message: String)] {
        outcomes.compactMap { if case .failed(let message) = $0.outcome { return ($0.id, message) }; return nil }
    }
    /// Skipped cases.
    public var skipped: [String] {
        outcomes.compactMap { if case .skipped = $0.outcome { return $0.id }; return nil }
    }

    /// `N passed, N failed, N skipped` and each failure.
    public var summary: String {
        "\(passed.count) passed, \(failures.count) failed, \(skipped.count) skipped"
            + failures.map { "\n- \($0.message)" }.joined()
    }
}
