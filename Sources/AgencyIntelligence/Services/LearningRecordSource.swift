import AgencyCore
import AgencyOS

/// Where a learning run gets the records Agency OS does not store: meetings and deals for
/// FUNNEL, conversation threads for HOW's conversation quality.
///
/// Both requirements have defaults (no records), so a source implements only what it has.
/// A source that throws makes only the detector that needs the records fail for that client
/// (reported in its ``ClientLearningResult``); the other detectors still run and save.
public protocol LearningRecordSource: Sendable {
    /// The client's meetings, deals and stage changes, or `nil` to skip FUNNEL for the client.
    func funnelInput(for client: Client, now: Timestamp) async throws -> FunnelInput?
    /// The client's conversation threads (empty: HOW reports no conversation quality).
    func conversationThreads(for client: Client, now: Timestamp) async throws -> [ConversationThreadRecord]
}

extension LearningRecordSource {
    /// No funnel records: FUNNEL is not run.
    public func funnelInput(for client: Client, now: Timestamp) async throws -> FunnelInput? { nil }
    /// No threads.
    public func conversationThreads(for client: Client, now: Timestamp) async throws -> [ConversationThreadRecord] { [] }
}

/// No external records: a learning run of WHO, WHAT, WHEN and HOW only.
public struct NoLearningRecords: LearningRecordSource {
    /// The empty source.
    public init() {}
}

/// External records supplied by closures, e.g. reads of a CRM or of tables outside Agency OS.
///
/// ```swift
/// let records = LearningRecords(funnel: { client, now in try await crm.funnel(for: client.id, since: now.adding(days: -180)) })
/// let run = LearningRun(store: store.scoped(.platformWide), records: records)
/// ```
public struct LearningRecords: LearningRecordSource {
    /// Reads a client's funnel records (`nil`: skip FUNNEL).
    public let funnel: @Sendable (Client, Timestamp) async throws -> FunnelInput?
    /// Reads a client's conversation threads.
    public let threads: @Sendable (Client, Timestamp) async throws -> [ConversationThreadRecord]

    /// A source from closures; either defaults to "no records".
    public init(funnel: @escaping @Sendable (Client, Timestamp) async throws -> FunnelInput? = { _, _ in nil },
                threads: @escaping @Sendable (Client, Timestamp) async throws -> [ConversationThreadRecord] = { _, _ in [] }) {
        self.funnel = funnel
        self.threads = threads
    }

    /// Calls ``funnel``.
    public func funnelInput(for client: Client, now: Timestamp) async throws -> FunnelInput? {
        try await funnel(client, now)
    }

    /// Calls ``threads``.
    public func conversationThreads(for client: Client, now: Timestamp) async throws -> [ConversationThreadRecord] {
        try await threads(client, now)
    }
}
