import AgencyCore
import AgencyOS
import AgencyStore

/// Which list suppresses an address.
public enum SuppressionList: String, Hashable, Sendable, Codable {
    /// The platform-wide list (`global_suppression`).
    case global
    /// The client's own list (`client_suppression`).
    case client
    /// The platform's domain list (`domain_suppression`).
    case domain
}

/// Why an address must not be contacted: the list, the entry's reason and its key.
public struct SuppressionMatch: Hashable, Sendable {
    /// The list that matched.
    public let list: SuppressionList
    /// The entry's reason (unsubscribe, bounce, complaint, competitor …).
    public let reason: String
    /// The matched email or domain, normalised.
    public let matched: String

    /// Creates a match.
    public init(list: SuppressionList, reason: String, matched: String) {
        self.list = list
        self.reason = reason
        self.matched = matched
    }
}

/// Checks addresses against the three suppression lists before outreach or import.
///
/// Emails are normalised (surrounding space, case) on both sides, so `" Ada@Example.COM "`
/// matches an entry for `ada@example.com`. Lists are checked global, then client, then
/// domain; the first match is returned.
public struct SuppressionCheck: Sendable {
    private let store: ScopedStore

    /// A check for the tenant of `store` (the scope must be the client's).
    public init(store: ScopedStore) { self.store = store }

    /// The list that suppresses `email` for the scope's client, or `nil` when it may be
    /// contacted. Three indexed reads.
    public func match(_ email: String) async throws -> SuppressionMatch? {
        let normal = EmailAddress.normalized(email)
        if let entry = try await store.first(Query<GlobalSuppression>().where(\.email, .equalsIgnoringCase(normal))) {
            return SuppressionMatch(list: .global, reason: entry.reason, matched: normal)
        }
        if let tenant = store.scope.tenant,
           let entry = try await store.first(Query<ClientSuppression>()
               .where(column: "client_id", .equals(tenant))
               .where(\.email, .equalsIgnoringCase(normal))) {
            return SuppressionMatch(list: .client, reason: entry.reason, matched: normal)
        }
        if let domain = EmailAddress.domain(of: normal),
           let entry = try await store.first(Query<DomainSuppression>().where(\.domain, .equalsIgnoringCase(domain))) {
            return SuppressionMatch(list: .domain, reason: entry.reason, matched: domain)
        }
        return nil
    }

    /// Whether `email` is suppressed for the scope's client.
    public func isSuppressed(_ email: String) async throws -> Bool {
        try await match(email) != nil
    }

    /// The suppression matches of many addresses, keyed by normalised email (absent when
    /// not suppressed). Three reads in total, whatever the number of addresses.
    public func matches(_ emails: [String]) async throws -> [String: SuppressionMatch] {
        let normals = Set(emails.map(EmailAddress.normalized))
        var found: [String: SuppressionMatch] = [:]
        let global = try await store.fetch(Query<GlobalSuppression>())
        for entry in global {
            let key = EmailAddress.normalized(entry.email)
            if normals.contains(key), found[key] == nil { found[key] = SuppressionMatch(list: .global, reason: entry.reason, matched: key) }
        }
        if let tenant = store.scope.tenant {
            for entry in try await store.fetch(Query<ClientSuppression>().where(column: "client_id", .equals(tenant))) {
                let key = EmailAddress.normalized(entry.email)
                if normals.contains(key), found[key] == nil { found[key] = SuppressionMatch(list: .client, reason: entry.reason, matched: key) }
            }
        }
        let domains = try await store.fetch(Query<DomainSuppression>())
        var byDomain: [String: DomainSuppression] = [:]
        for entry in domains { byDomain[EmailAddress.normalized(entry.domain)] = entry }
        for email in normals where found[email] == nil {
            if let domain = EmailAddress.domain(of: email), let entry = byDomain[domain] {
                found[email] = SuppressionMatch(list: .domain, reason: entry.reason, matched: domain)
            }
        }
        return found
    }
}
