import AgencyKitPostgres
import PostgresNIO
import Testing

@Suite("PostgresStoreConfiguration(url:)")
struct ConfigurationURLTests {
    @Test("every part of a full URL is read, user and password percent-decoded")
    func fullURL() throws {
        let configuration = try PostgresStoreConfiguration(
            url: "postgresql://agency%40ops:p%40ss%3Aword@db.internal:6543/agency%20os?namespace=public&sslmode=disable")
        #expect(configuration.host == "db.internal")
        #expect(configuration.port == 6543)
        #expect(configuration.username == "agency@ops")
        #expect(configuration.password == "p@ss:word")
        #expect(configuration.database == "agency os")
        #expect(configuration.namespace == "public")
        #expect(configuration.tls.isDisabled)
    }

    @Test("a minimal URL keeps the defaults: port 5432, no password, TLS off, the target's namespace, pool 5 + 10")
    func minimalURL() throws {
        let configuration = try PostgresStoreConfiguration(url: "postgres://ci@127.0.0.1/ci")
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 5432)
        #expect(configuration.username == "ci")
        #expect(configuration.password == nil)
        #expect(configuration.database == "ci")
        #expect(configuration.namespace == nil)
        #expect(configuration.tls.isDisabled)
        #expect(configuration.poolSize == 5 && configuration.overflow == 10)
    }

    @Test("sslmode prefer and require turn TLS on")
    func tlsModes() throws {
        #expect(try !PostgresStoreConfiguration(url: "postgres://u@h/d?sslmode=prefer").tls.isDisabled)
        #expect(try !PostgresStoreConfiguration(url: "postgres://u@h/d?sslmode=require").tls.isDisabled)
    }

    @Test("what is missing or unknown is a typed error", arguments: [
        ("mysql://u@h/d", PostgresURLError.notAPostgresURL),
        ("not a url at all", .notAPostgresURL),
        ("postgres://h/d", .missingUser),
        ("postgres://u@/d", .missingHost),
        ("postgres://u@h", .missingDatabase),
        ("postgres://u@h/", .missingDatabase),
        ("postgres://u@h/d?sslmode=verify-full", .unsupportedParameter(name: "sslmode", value: "verify-full")),
        ("postgres://u@h/d?application_name=x", .unsupportedParameter(name: "application_name", value: "x")),
        ("postgres://u@h/d?namespace=", .unsupportedParameter(name: "namespace", value: "")),
    ])
    func refused(_ url: String, _ expected: PostgresURLError) {
        #expect(throws: expected) { try PostgresStoreConfiguration(url: url) }
    }

    @Test("the error's description never contains the password")
    func noPasswordInErrors() {
        do {
            _ = try PostgresStoreConfiguration(url: "postgres://u:hunter2@h/d?sslmode=bogus")
            Issue.record("a bogus sslmode was accepted")
        } catch {
            #expect(!"\(error)".contains("hunter2"))
        }
    }
}

extension PostgresClient.Configuration.TLS {
    /// The driver keeps its TLS mode private; its reflection names the mode.
    var isDisabled: Bool { String(describing: self).contains("disable") }
}
