import AgencyKit

/// The one-command demo as a library: the whole AgencyKit story, on any `Store`.
///
/// ```swift
/// let clock = ManualTimeSource(DemoConfiguration.defaultStart)
/// let store = try InMemoryStore(schema: AgencyOSSchema.target, clock: clock, ids: .seeded(42))
/// let demo = AgencyDemo(store: store, clock: clock, configuration: DemoConfiguration(leadsCSV: csv))
/// let report = try await demo.run()
/// ```
///
/// The story: a tenant with users and roles, a campaign with a sequence, suppression lists,
/// a CSV import with its bad rows, suppression checks, ALS scoring with an explanation, 90
/// days of seeded synthetic outreach, a learning cycle with its patterns, the learned weights
/// applied, and campaign suggestions with one reviewed.
///
/// The store must be empty of the demo's tenant and use `clock` as its time source: the
/// demo sets the clock to ``DemoConfiguration/start`` and advances it itself, so, with a
/// seeded id generator, the output is the same on every run and machine.
public struct AgencyDemo: Sendable {
    /// The store the story is written to.
    public let store: any Store
    /// The store's clock, moved by the demo.
    public let clock: ManualTimeSource
    /// Seed, first day and lead file.
    public let configuration: DemoConfiguration
    /// Where the story is written.
    public let output: DemoOutput

    /// A demo over `store`, whose time source must be `clock`.
    public init(store: any Store, clock: ManualTimeSource, configuration: DemoConfiguration,
                output: DemoOutput = .standardOutput) {
        self.store = store
        self.clock = clock
        self.configuration = configuration
        self.output = output
    }

    /// Runs the story and returns its facts.
    ///
    /// - Throws: ``DemoError/alreadyRun(client:)`` for a store that holds the demo's tenant,
    ///   or the store's error when a write fails.
    public func run() async throws -> DemoReport {
        var session = DemoSession(store: store, clock: clock, configuration: configuration, output: output)
        try await session.run()
        return session.report
    }
}

/// The state of one run, passed from step to step.
struct DemoSession {
    let store: any Store
    let clock: ManualTimeSource
    let configuration: DemoConfiguration
    let output: DemoOutput
    var report = DemoReport()
    var client: Client?
    var owner: User?
    var mainCampaign: Campaign?
    var campaigns: [Campaign] = []
    var imported: [ID<Lead>: Lead] = [:]

    static let clientName = "Northwind Growth"

    init(store: any Store, clock: ManualTimeSource, configuration: DemoConfiguration, output: DemoOutput) {
        self.store = store
        self.clock = clock
        self.configuration = configuration
        self.output = output
    }

    var platform: ScopedStore { store.scoped(.platformWide) }

    /// The tenant's scope (after ``createTenant()``).
    func tenant() throws -> ScopedStore {
        guard let client else { throw DemoError.unexpected("no tenant yet") }
        return store.scoped(.tenant(client.id))
    }

    mutating func run() async throws {
        clock.set(configuration.start)
        if try await platform.first(Query<Client>().where(\.name, .equals(Self.clientName))) != nil {
            throw DemoError.alreadyRun(client: Self.clientName)
        }
        output.line("AgencyKit demo — seed \(configuration.seed), day 0 is \(DemoFormat.instant(configuration.start))")
        output.line(String(repeating: "=", count: 72))
        try await createTenant()
        try await createCampaigns()
        try await createSuppressionLists()
        try await importLeads()
        try await checkSuppression()
        try await scoreLeads()
        try await simulateOutreach()
        try await learn()
        try await applyLearnedWeights()
        try await suggestAndReview()
        try await summarize()
    }
}
