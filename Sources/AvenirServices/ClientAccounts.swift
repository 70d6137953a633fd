import AgencyCore
import AgencyStore
import Avenir

/// Client accounts in a store: registration with test-data detection, the internal
/// client, API-key authentication in constant time per key, and key rotation logged in
/// the same batch.
///
/// Randomness is always the caller's: pass `SystemRandomNumberGenerator()` (the
/// operating system's CSPRNG) in production, a `SeededGenerator` only in tests.
public struct ClientAccounts: Sendable {
    /// The store (registration and authentication use its platform-wide scope; rotation
    /// the client's own scope).
    public let store: any Store
    /// Where rotation times come from.
    public let clock: any TimeSource

    /// Creates the service.
    public init(store: any Store, clock: any TimeSource) {
        self.store = store
        self.clock = clock
    }

    /// Registers a client: a new tenant key and API key from `generator`, and `is_test`
    /// set when the email marks test data.
    ///
    /// - Throws: `StoreError` (e.g. a taken email).
    public func register<G: RandomNumberGenerator>(
        businessName: String, email: String, passwordHash: String, language: ClientLanguage = .en,
        using generator: inout G
    ) async throws -> Client {
        let client = Client(clientId: .random(using: &generator), businessName: businessName, email: email,
                            passwordHash: passwordHash, apiKey: APIKey.generate(using: &generator), language: language)
        return try await store.scoped(.platformWide).insert(client.detectingTestData())
    }

    /// The internal client (`ClientID/avenirInternal`): inserted with a new API key when
    /// missing, otherwise marked `is_internal = true` (the seed's `ON CONFLICT … DO UPDATE`).
    ///
    /// - Throws: `StoreError`.
    public func ensureInternalClient<G: RandomNumberGenerator>(passwordHash: String, using generator: inout G) async throws -> Client {
        let platform = store.scoped(.platformWide)
        if var existing = try await platform.first(Query<Client>().where(\.clientId, .equals(.avenirInternal))) {
            guard !existing.isInternal else { return existing }
            existing.isInternal = true
            return try await platform.update(existing)
        }
        return try await platform.insert(Client.avenirInternal(passwordHash: passwordHash, apiKey: APIKey.generate(using: &generator)))
    }

    /// The client whose API key is `presentedKey`, or `nil`. Every stored key is compared
    /// with `APIKey/matches(_:_:)` and the scan never stops early, so the time taken
    /// depends on the number of clients, not on how much of a key was guessed right.
    ///
    /// - Throws: `StoreError`.
    public func client(authenticatedBy presentedKey: String) async throws -> Client? {
        var found: Client?
        for client in try await store.scoped(.platformWide).fetch(Query<Client>()) {
            let matches = APIKey.matches(presentedKey, client.apiKey)
            if matches && found == nil { found = client }
        }
        return found
    }

    /// Replaces the client's API key with a new one from `generator` and stamps
    /// `last_rotated`, writing an `api_key_rotation_log` row (the old key's last four
    /// characters and `reason`) in the same batch.
    ///
    /// - Throws: `StoreError/notFound(table:key:)` for an unknown client,
    ///   `StoreError/invalid(_:)` for a blank reason.
    public func rotateAPIKey<G: RandomNumberGenerator>(of clientID: ClientID, reason: String,
                                                       using generator: inout G) async throws -> (client: Client, log: APIKeyRotationLog) {
        let scope = store.scoped(.tenant(clientID))
        guard var client = try await scope.first(Query<Client>().where(\.clientId, .equals(clientID))) else {
            throw StoreError.notFound(table: Client.schema.name, key: clientID.description)
        }
        let now = clock.now()
        let log = APIKeyRotationLog(clientId: clientID, rotatedAt: now, oldKeyLastFour: APIKey.lastFour(client.apiKey),
                                    reason: reason)
        client.apiKey = APIKey.generate(using: &generator)
        client.lastRotated = now
        var batch = WriteBatch()
        batch.update(client)
        batch.insert(log)
        let rows = try await scope.apply(batch).compactMap(\.row)
        guard let stored = rows.compactMap({ $0 as? Client }).first,
              let storedLog = rows.compactMap({ $0 as? APIKeyRotationLog }).first else {
            throw StoreError.backend("the store returned no clients or api_key_rotation_log row for a key rotation")
        }
        return (stored, storedLog)
    }
}
