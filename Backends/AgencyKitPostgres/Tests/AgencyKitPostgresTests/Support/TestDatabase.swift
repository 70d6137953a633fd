import AgencyCore
import AgencyKitPostgres
import AgencyOS
import AgencyStore
import Avenir
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Logging
import PostgresNIO

/// A test precondition that does not hold (no server, a failed setup step).
struct TestSetupError: Error, CustomStringConvertible {
    let description: String
}

/// The throwaway server `Scripts/with-postgres.sh` started, one pool shared by every test,
/// and namespaces (PostgreSQL schemas) migrated on demand and reused after a reset.
enum TestDatabase {
    /// The default target of the tests (Agency OS).
    static let target = AgencyOSSchema.target

    /// Every schema target whose migrations ship, by name.
    static let targets: [String: SchemaTarget] = [AgencyOSSchema.target.name: AgencyOSSchema.target,
                                                   AvenirSchema.target.name: AvenirSchema.target]

    /// The target named `name`.
    static func schemaTarget(named name: String) throws -> SchemaTarget {
        guard let target = targets[name] else { throw TestSetupError(description: "no schema target \(name)") }
        return target
    }

    static let configuration: PostgresStoreConfiguration? = PostgresStoreConfiguration.fromEnvironment().map {
        var configuration = $0
        configuration.poolSize = 2
        configuration.overflow = 22
        configuration.operationTimeout = .seconds(120)
        return configuration
    }

    static let client: PostgresClient? = configuration.map { configuration in
        let client = PostgresClient(configuration: configuration.clientConfiguration)
        Task { await client.run() }
        return client
    }

    static let logger = Logger(label: "agencykit.postgres.tests", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Emptied, migrated namespaces of each target, reused across conformance cases.
    static let namespaces: [String: NamespacePool] = targets.mapValues { NamespacePool(target: $0) }

    /// Bounds how many conformance cases hold a namespace at once.
    static let limiter = AsyncLimiter(limit: 6)

    static func requireClient() throws -> PostgresClient {
        guard let client else {
            throw TestSetupError(description: "no PostgreSQL server: run the tests through Backends/AgencyKitPostgres/Scripts/with-postgres.sh")
        }
        return client
    }

    /// A store on `namespace` with the suite's clock and seed conventions.
    static func store(namespace: String, target: SchemaTarget = target, clock: any TimeSource, seed: UInt64) throws -> PostgresStore {
        try PostgresStore(client: try requireClient(), schema: target, namespace: namespace, clock: clock, ids: .seeded(seed),
                          operationTimeout: .seconds(120))
    }

    /// Runs `body` with an empty, migrated namespace of `target` of its own.
    static func withNamespace<T: Sendable>(_ target: SchemaTarget = target, _ body: (String) async throws -> T) async throws -> T {
        guard let namespaces = namespaces[target.name] else { throw TestSetupError(description: "no namespace pool for \(target.name)") }
        await limiter.acquire()
        do {
            let namespace = try await namespaces.acquire()
            do {
                let result = try await body(namespace)
                await namespaces.release(namespace)
                await limiter.release()
                return result
            } catch {
                await namespaces.release(namespace)
                throw error
            }
        } catch {
            await limiter.release()
            throw error
        }
    }

    /// Creates and migrates a new namespace of `target` named `prefix_N`.
    ///
    /// One at a time: migrators serialise on the server's advisory lock anyway, and thirty
    /// tests starting at once would otherwise hold most of the shared pool's connections idle
    /// in that lock's queue while the cases that already have a namespace wait for one.
    static func migratedNamespace(prefix: String = "t", target: SchemaTarget = target) async throws -> String {
        let name = "\(prefix)_\(ProcessInfo.processInfo.processIdentifier)_\(counter.withLock { value -> Int in value += 1; return value })"
        await migrations.acquire()
        do {
            try await PostgresMigrator(target: target, namespace: name).migrate(try requireClient())
            await migrations.release()
        } catch {
            await migrations.release()
            throw error
        }
        return name
    }

    /// Bounds the migrations the tests run at once.
    private static let migrations = AsyncLimiter(limit: 1)

    private static let counter = Mutex(0)

    /// Runs SQL (no parameters) and returns the first column of every row as text.
    @discardableResult
    static func sql(_ text: String) async throws -> [String?] {
        var out: [String?] = []
        let rows = try await requireClient().query(PostgresQuery(unsafeSQL: text), logger: logger)
        for try await row in rows { out.append(try row.decode(String?.self)) }
        return out
    }

    /// Runs `psql` against the test server with `input` on standard input.
    static func psql(_ input: String, arguments: [String] = []) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1"] + arguments
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TestSetupError(description: "psql exited with \(process.terminationStatus)") }
        return String(decoding: output, as: UTF8.self)
    }

    /// Runs the cluster control script (`stop`, `kill`, `start`) the test script exported.
    /// Spawned and reaped directly: Foundation's `Process` does not always notice the exit of
    /// a command that leaves a daemon (the restarted server) behind.
    static func control(_ action: String) throws {
        guard let script = ProcessInfo.processInfo.environment["AGENCYKIT_PG_CONTROL"] else {
            throw TestSetupError(description: "AGENCYKIT_PG_CONTROL is not set: run through Scripts/with-postgres.sh")
        }
        var pid: pid_t = 0
        let arguments: [UnsafeMutablePointer<CChar>?] = [strdup(script), strdup(action), nil]
        defer { arguments.forEach { free($0) } }
        guard posix_spawn(&pid, script, nil, nil, arguments, environ) == 0 else {
            throw TestSetupError(description: "control \(action) could not be started")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else { throw TestSetupError(description: "control \(action) exited with status \(status)") }
    }
}

/// Namespaces handed to one case at a time; a returned one is emptied before reuse.
///
/// Emptying is one statement: a `DO` block deleting every table's rows, children first (the
/// target lists parents first), and restarting the namespace's sequences. On tables holding a
/// fixture's few rows that takes about a millisecond, where `TRUNCATE` of the same tables
/// takes about 75 ms (new files for every table and index).
actor NamespacePool {
    let target: SchemaTarget
    private var free: [String] = []

    init(target: SchemaTarget) { self.target = target }

    func acquire() async throws -> String {
        if let name = free.popLast() {
            try await TestDatabase.sql(Self.emptying(name, target))
            return name
        }
        return try await TestDatabase.migratedNamespace(prefix: "conformance_\(target.name)", target: target)
    }

    static func emptying(_ namespace: String, _ target: SchemaTarget) -> String {
        let deletes = target.tables.reversed().map { "DELETE FROM \"\(namespace)\".\"\($0.name)\";" }.joined(separator: " ")
        return """
            DO $reset$ DECLARE s record; BEGIN \(deletes)
            FOR s IN SELECT sequencename FROM pg_sequences WHERE schemaname = '\(namespace)' LOOP
            EXECUTE format('ALTER SEQUENCE %I.%I RESTART', '\(namespace)', s.sequencename); END LOOP; END $reset$
            """
    }

    func release(_ name: String) { free.append(name) }
}

/// At most `limit` bodies run at once; the others wait in order.
actor AsyncLimiter {
    private let limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = limit }

    func acquire() async {
        if running >= limit {
            await withCheckedContinuation { waiting.append($0) }
        } else {
            running += 1
        }
    }

    func release() {
        if waiting.isEmpty { running -= 1 } else { waiting.removeFirst().resume() }
    }
}

/// A lock-protected value for test bookkeeping.
final class Mutex<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
