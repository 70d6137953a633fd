import AgencyCore
import AgencyOS
import AgencyStore

/// How an import treats a lead that already exists (same client, email compared
/// case-insensitively among live leads).
public enum LeadMergePolicy: String, Hashable, Sendable, Codable {
    /// Fill only the existing lead's empty fields from the import.
    case fillBlanks
    /// Replace the existing lead's fields with every non-empty imported value.
    case overwrite
}

/// What an import did with each row.
public struct LeadImportReport: Hashable, Sendable {
    /// A row skipped because its address is suppressed.
    public struct Suppressed: Hashable, Sendable {
        /// The imported email.
        public let email: String
        /// The suppression that matched.
        public let match: SuppressionMatch
    }

    /// A row refused by validation.
    public struct Invalid: Hashable, Sendable {
        /// The imported email.
        public let email: String
        /// Every rule the row broke.
        public let error: ValidationError
    }

    /// New leads inserted.
    public var inserted: [ID<Lead>] = []
    /// Existing leads that gained or changed fields.
    public var merged: [ID<Lead>] = []
    /// Existing leads the import had nothing new for.
    public var unchanged: [ID<Lead>] = []
    /// Rows skipped because the address is suppressed.
    public var suppressed: [Suppressed] = []
    /// Rows repeating an earlier row's email in the same import (the first one wins).
    public var duplicatesInImport: [String] = []
    /// Rows refused by validation.
    public var invalid: [Invalid] = []

    /// Creates an empty report.
    public init() {}

    /// Rows that reached the store (inserted or merged).
    public var written: Int { inserted.count + merged.count }
}

/// Imports leads into one client's campaign: de-duplicates by (client, email), skips
/// suppressed addresses, merges into existing leads by a ``LeadMergePolicy``, and never
/// clears a suppression or an unsubscribe.
///
/// Merge rules (documented in Documentation/SoftDeleteAndTenancy.md):
/// - identity (`id`, `client_id`, `email`), `campaign_id`, status, scores and outreach
///   history of an existing lead are never changed by an import;
/// - an unsubscribed or bounced lead stays so, and its rejection fields stay;
/// - a soft-deleted lead does not block a re-import: a new live lead is created;
/// - within one import the first row of an email wins, later ones are reported.
///
/// Writes go in batches of ``batchSize`` (each all-or-nothing); an invalid row is reported
/// and skipped without losing the valid ones.
public struct LeadImporter: Sendable {
    /// Rows per store batch.
    public let batchSize: Int
    private let store: ScopedStore

    /// An importer writing through `store` (scoped to the client).
    public init(store: ScopedStore, batchSize: Int = 500) {
        self.store = store
        self.batchSize = max(1, batchSize)
    }

    /// Imports `rows` (leads of the scope's client) with `policy`.
    public func importLeads(_ rows: [Lead], policy: LeadMergePolicy = .fillBlanks) async throws -> LeadImportReport {
        var report = LeadImportReport()
        var seen: Set<String> = []
        var fresh: [Lead] = []
        for row in rows {
            let key = EmailAddress.normalized(row.email)
            guard seen.insert(key).inserted else {
                report.duplicatesInImport.append(row.email)
                continue
            }
            var normal = row
            normal.email = row.email.trimmingCharacters(in: .whitespacesAndNewlines)
            fresh.append(normal)
        }
        let suppression = try await SuppressionCheck(store: store).matches(fresh.map(\.email))
        let existing = try await existingLeads(for: fresh)
        var batch = WriteBatch()
        var pending: [(ID<Lead>?, Bool)] = []
        for row in fresh {
            let key = EmailAddress.normalized(row.email)
            if let current = existing[key] {
                let merged = Self.merge(row, into: current, policy: policy)
                if merged == current {
                    report.unchanged.append(current.id)
                    continue
                }
                if let error = Self.validationError(merged) {
                    report.invalid.append(.init(email: row.email, error: error))
                    continue
                }
                batch.update(merged)
                pending.append((current.id, false))
            } else {
                if let match = suppression[key] {
                    report.suppressed.append(.init(email: row.email, match: match))
                    continue
                }
                if let error = Self.validationError(row) {
                    report.invalid.append(.init(email: row.email, error: error))
                    continue
                }
                batch.insert(row)
                pending.append((nil, true))
            }
            if batch.operations.count >= batchSize {
                try await flush(&batch, &pending, &report)
            }
        }
        try await flush(&batch, &pending, &report)
        return report
    }

    private func flush(_ batch: inout WriteBatch, _ pending: inout [(ID<Lead>?, Bool)], _ report: inout LeadImportReport) async throws {
        guard !batch.isEmpty else { return }
        let results = try await store.apply(batch)
        for (result, (_, isInsert)) in zip(results, pending) {
            guard let lead = result.row(as: Lead.self) else { continue }
            if isInsert { report.inserted.append(lead.id) } else { report.merged.append(lead.id) }
        }
        batch = WriteBatch()
        pending = []
    }

    /// The live leads of the scope's client whose emails appear in `rows`, by normalised email.
    private func existingLeads(for rows: [Lead]) async throws -> [String: Lead] {
        var found: [String: Lead] = [:]
        let wanted = Set(rows.map { EmailAddress.normalized($0.email) })
        for lead in try await store.fetch(Query<Lead>()) where wanted.contains(EmailAddress.normalized(lead.email)) {
            found[EmailAddress.normalized(lead.email)] = lead
        }
        return found
    }

    private static func validationError(_ lead: Lead) -> ValidationError? {
        let violations = lead.violations
        return violations.isEmpty ? nil : ValidationError(table: Lead.schema.name, violations: violations)
    }
}
