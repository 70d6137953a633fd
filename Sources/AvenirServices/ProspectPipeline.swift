import AgencyCore
import AgencyStore
import Avenir

/// The prospect pipeline in a store: scoring autoresponder tests, the high-priority
/// query, sending outreach, and moving outreach status forward.
public struct ProspectPipeline: Sendable {
    /// The store (prospects are shared, so any scope reaches them).
    public let store: ScopedStore
    /// Where test, send, open and reply times come from.
    public let clock: any TimeSource

    /// Creates the service.
    public init(store: ScopedStore, clock: any TimeSource) {
        self.store = store
        self.clock = clock
    }

    /// Scores the prospect `id` by `test` (response, automation need, `last_tested`).
    ///
    /// - Throws: `StoreError`.
    public func recordTest(_ id: ID<ProspectCandidate>, _ test: AutoresponderTest) async throws -> ProspectCandidate {
        let prospect = try await store.get(ProspectCandidate.self, id: id)
        return try await store.update(prospect.scored(by: test, at: clock.now()))
    }

    /// Uncontacted prospects with an automation need of at least 70, highest first.
    ///
    /// - Throws: `StoreError`.
    public func highPriorityUncontacted(limit: Int = 20) async throws -> [ProspectCandidate] {
        try await store.fetch(ProspectCandidate.highPriorityUncontacted(limit: limit))
    }

    /// Logs an outreach email to the prospect `id` (status `sent`, `sent_at` now) and marks
    /// the prospect contacted, in one batch.
    ///
    /// - Throws: `StoreError`.
    public func sendOutreach(to id: ID<ProspectCandidate>, subject: String, body: String) async throws -> ProspectOutreachLog {
        var prospect = try await store.get(ProspectCandidate.self, id: id)
        prospect.contacted = true
        var batch = WriteBatch()
        batch.update(prospect)
        batch.insert(ProspectOutreachLog(prospectId: id, emailSubject: subject, emailBody: body, sentAt: clock.now()))
        guard let log = try await store.apply(batch).compactMap({ $0.row(as: ProspectOutreachLog.self) }).first else {
            throw StoreError.backend("the store returned no prospect_outreach_log row")
        }
        return log
    }

    /// Moves the outreach `id` forward to `status` (a repeat of the current status writes
    /// nothing).
    ///
    /// - Throws: `OutreachTransitionError` for a backward or final-state move (nothing
    ///   written); `StoreError`.
    public func advanceOutreach(_ id: ID<ProspectOutreachLog>, to status: OutreachStatus) async throws -> ProspectOutreachLog {
        let log = try await store.get(ProspectOutreachLog.self, id: id)
        let advanced = try log.advanced(to: status, at: clock.now())
        guard advanced != log else { return log }
        return try await store.update(advanced)
    }
}
