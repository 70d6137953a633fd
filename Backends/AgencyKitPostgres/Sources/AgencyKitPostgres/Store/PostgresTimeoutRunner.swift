/// Runs an operation with a deadline: when it passes, the caller gets ``PostgresTimeout`` at
/// once and the operation is cancelled in the background (a hung connection cannot hold the
/// caller).
enum PostgresTimeoutRunner {
    static func run<T: Sendable>(_ limit: Duration, _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let pending = Locked<CheckedContinuation<T, any Error>?>(continuation)
            let work = Locked<Task<Void, Never>?>(nil)
            let timer = Task {
                try? await Task.sleep(for: limit)
                guard !Task.isCancelled, let waiting = pending.withLock({ $0.take() }) else { return }
                waiting.resume(throwing: PostgresTimeout(limit: limit))
                work.withLock { $0 }?.cancel()
            }
            let task = Task {
                let result: Result<T, any Error>
                do { result = .success(try await operation()) } catch { result = .failure(error) }
                timer.cancel()
                pending.withLock { $0.take() }?.resume(with: result)
            }
            work.withLock { $0 = task }
        }
    }
}
