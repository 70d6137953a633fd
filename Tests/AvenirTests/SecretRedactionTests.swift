import Testing
import AgencyCore
import AgencyStore
import Avenir
import AvenirServices

/// password_hash, api_key and smtp_password never appear in descriptions, dumps or errors.
@Suite("Avenir secret redaction")
struct SecretRedactionTests {
    static func secrets(of client: Client) -> [String] {
        [client.passwordHash, client.apiKey, client.smtpPassword].compactMap { $0 }
    }

    @Test("description, debug description, reflection and dump redact every secret")
    func textualForms() throws {
        let client = try Fixtures.row(Client.self)
        var dumped = ""
        dump(client, to: &dumped)
        for text in [client.description, client.debugDescription, String(reflecting: client), "\(client)", dumped] {
            for secret in Self.secrets(of: client) { #expect(!text.contains(secret), "a secret leaked into \(text.prefix(60))…") }
            #expect(text.contains("<redacted>") && text.contains("Prestige Realty Montréal"))
        }
        let withoutSMTP = try Fixtures.row(Client.self, changing: ["smtp_password": .null])
        #expect(withoutSMTP.description.contains("smtp_password: NULL"))
    }

    @Test("validation and store errors name secret columns, never their values")
    func errors() async throws {
        let world = try await AvenirWorld()
        var duplicate = try Fixtures.row(Client.self)
        duplicate.id = .unassigned
        duplicate.clientId = ClientID.avenirInternal
        duplicate.apiKey = world.client.apiKey
        duplicate.email = "not an email"
        let validation = "\(duplicate.violations)"
        #expect(!validation.contains(world.client.apiKey) && validation.contains("email"))
        duplicate.email = "other@realty.ca"
        do {
            _ = try await world.store.scoped(.platformWide).insert(duplicate)
            Issue.record("a duplicate API key was stored")
        } catch let error as StoreError {
            #expect(error == .uniqueViolation(table: "clients", constraint: "clients_api_key_key", columns: ["api_key"]))
            #expect(!"\(error)".contains(world.client.apiKey) && !String(reflecting: error).contains(world.client.apiKey))
        }
    }

    @Test("a lookup by key and a rotation never put a key into their results' descriptions")
    func serviceResults() async throws {
        let world = try await AvenirWorld()
        var generator = SeededGenerator(seed: 11)
        let (client, log) = try await ClientAccounts(store: world.store, clock: world.clock)
            .rotateAPIKey(of: world.client.clientId, reason: "scheduled", using: &generator)
        #expect(!client.description.contains(client.apiKey) && !client.description.contains(world.client.apiKey))
        #expect(!"\(log)".contains(world.client.apiKey))
    }
}
