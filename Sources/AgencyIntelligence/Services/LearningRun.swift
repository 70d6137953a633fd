import AgencyCore
import AgencyOS
import AgencyStore

/// The weekly pattern-learning run through a store: archive expired patterns, find the
/// eligible clients, and for each one load its data, run the detectors, save their patterns
/// and write learned ALS weights.
///
/// ```swift
/// let run = LearningRun(store: store.scoped(.platformWide), records: LearningRecords(funnel: crmFunnel))
/// let summary = try await run.run(at: clock.now())
/// for result in summary.clientResults where result.hasFailures { log(result) }
/// ```
///
/// Per client, in this order (each step documented on its method):
/// 1. ``load(_:at:)``: the client's live leads and its activities of the lookback window,
///    page by page, plus the external records of the ``LearningRecordSource``.
/// 2. ``detect(_:at:)`` (``LearningEngine``): WHO, WHAT, WHEN, HOW (and FUNNEL when funnel
///    records were supplied) and the weight optimiser, **concurrently** — they are pure and
///    share nothing.
/// 3. ``persist(_:of:at:)``: each pattern saved through ``PatternRepository`` (upsert +
///    archive), in the order WHO → WHAT → WHEN → HOW → FUNNEL; then, when at least two of
///    WHO, WHAT, WHEN and HOW were saved, the optimisation is reported and — only when its
///    status is `success` — written to the client (`als_learned_weights`,
///    `als_weights_updated_at = now`, `conversion_sample_count`; D#5).
///
/// Clients are processed one after another (their writes in a fixed order), so with the
/// same data and `now` a run writes the same patterns. A client's failure (typed, in its
/// ``ClientLearningResult``) never stops the others; only the archive step and the
/// eligibility reads, which concern every client, throw.
public struct LearningRun: Sendable {
    /// The default rows per page when loading leads and activities.
    public static let defaultPageSize = 50_000

    /// The store: platform-wide for every client, or tenant-scoped for one client. Each
    /// client's work runs in that client's tenant scope.
    public let store: ScopedStore
    /// Windows, minimums and outcome set of the detectors and the optimiser.
    public var configuration: IntelligenceConfiguration
    /// Meetings, deals and conversation threads (not Agency OS tables).
    public var records: any LearningRecordSource
    /// Rows per page when loading leads and activities.
    public var pageSize: Int
    /// Converted leads a client needs to be eligible (20).
    public var minimumConversions: Int
    /// Days back from `now` in which a converted lead's `updated_at` must fall to count (90).
    public var eligibilityWindowDays: Int
    /// The weight optimiser (built from the configuration passed to the initialiser).
    public var optimizer: WeightOptimizer

    /// A learning run over `store`.
    ///
    /// - Parameters:
    ///   - store: Platform-wide for every eligible client, or one client's tenant scope.
    ///   - configuration: The detectors' windows, minimums and outcome set.
    ///   - records: Where meetings, deals and threads come from (none by default).
    ///   - pageSize: Rows per page when loading (checked when a client's load starts).
    ///   - minimumConversions: Converted leads needed for eligibility.
    public init(store: ScopedStore, configuration: IntelligenceConfiguration = .standard,
                records: any LearningRecordSource = NoLearningRecords(), pageSize: Int = defaultPageSize,
                minimumConversions: Int = 20) {
        self.store = store
        self.configuration = configuration
        self.records = records
        self.pageSize = pageSize
        self.minimumConversions = minimumConversions
        eligibilityWindowDays = 90
        optimizer = WeightOptimizer(configuration: configuration)
    }

    /// The weekly run: archives expired patterns in the scope, then learns for every
    /// eligible client (see ``eligibleClients(at:)``) in client-id order.
    ///
    /// - Throws: `StoreError` or ``IntelligenceServiceError`` from the archive step or the
    ///   eligibility reads; never for one client's failure.
    public func run(at now: Timestamp) async throws -> LearningRunSummary {
        let archive = try await PatternRepository(store: store, validityDays: configuration.validityDays)
            .archiveExpired(at: now)
        let eligible = try await eligibleClients(at: now)
        var results: [ClientLearningResult] = []
        for entry in eligible { results.append(await learn(clientId: entry.clientId, at: now)) }
        return LearningRunSummary(archive: archive, eligibleClients: eligible, clientResults: results, completedAt: now)
    }

    /// Learns for one client **without** the eligibility check (the reference's single-client
    /// flow): load, detect, persist. Every failure is captured in the result.
    public func learn(clientId: ID<Client>, at now: Timestamp) async -> ClientLearningResult {
        let client: Client
        let inputs: LearningInputs
        do {
            client = try await clientStore(clientId).get(Client.self, id: clientId)
        } catch {
            return ClientLearningResult(clientId: clientId, failure: LearningFailure(error))
        }
        do {
            inputs = try await load(client, at: now)
        } catch {
            return ClientLearningResult(clientId: clientId, clientName: client.name, failure: LearningFailure(error))
        }
        return await persist(await detect(inputs, at: now), of: inputs, at: now)
    }

    /// The store bound to one client's tenant: the run's own scope when it is that tenant,
    /// a tenant scope derived from the platform-wide one, and otherwise a scope that sees
    /// nothing of the client (a tenant-scoped run cannot reach another tenant).
    func clientStore(_ clientId: ID<Client>) -> ScopedStore {
        guard store.scope.isPlatformWide else { return store }
        return ScopedStore(store: store.store, scope: .tenant(clientId))
    }
}
