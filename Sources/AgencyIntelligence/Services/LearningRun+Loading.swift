import AgencyCore
import AgencyOS
import AgencyStore

extension LearningRun {
    /// Loads what the detectors read for `client`, through its tenant scope, ``pageSize``
    /// rows per read (keyset pagination, so the load works on any store size):
    ///
    /// - **leads**: every live lead of the client, oldest first — WHO counts objections over
    ///   all of them; the detectors and the optimiser apply the lookback window themselves;
    /// - **activities**: the client's activities with `created_at ≥ now − lookbackDays`,
    ///   oldest first. WHAT and WHEN read exactly these; HOW reads every touch of the leads
    ///   created within the window, which were all sent after their lead was created, so only
    ///   touches dated before their own lead's creation (imported histories) are not seen;
    /// - **records**: funnel records and conversation threads from ``records``. A source
    ///   that throws marks only FUNNEL (or HOW) as unavailable for this client.
    ///
    /// Rows are in `created_at` order (then primary key), so first-seen tie-breaks follow
    /// time and a re-run over the same rows reads them in the same order.
    ///
    /// Cost: one read per page. A SQL store serves a page from its index; `InMemoryStore`
    /// scans the tenant's rows for every page, so with it prefer a ``pageSize`` at least the
    /// client's row count (one page per table).
    ///
    /// - Throws: ``IntelligenceServiceError/invalidPageSize(_:)`` or `StoreError`.
    public func load(_ client: Client, at now: Timestamp) async throws -> LearningInputs {
        guard pageSize > 0 else { throw IntelligenceServiceError.invalidPageSize(pageSize) }
        let scoped = clientStore(client.id)
        let leads = try await readAll(Query<Lead>().where(\.clientId, .equals(client.id)).sorted(by: \.createdAt), scoped)
        let cutoff = now.adding(days: -configuration.lookbackDays)
        let activities = try await readAll(Query<Activity>().where(\.clientId, .equals(client.id))
            .where(\.createdAt, .atLeast(cutoff)).sorted(by: \.createdAt), scoped)
        var inputs = LearningInputs(client: client, leads: leads, activities: activities)
        do {
            inputs.threads = try await records.conversationThreads(for: client, now: now)
        } catch {
            inputs.unavailable[.how] = .recordSource(String(describing: error))
        }
        do {
            inputs.funnel = try await records.funnelInput(for: client, now: now)
        } catch {
            inputs.unavailable[.funnel] = .recordSource(String(describing: error))
        }
        return inputs
    }

    /// Every row of `query`, read ``pageSize`` at a time.
    func readAll<M: Model>(_ query: Query<M>, _ scoped: ScopedStore) async throws -> [M] {
        var rows: [M] = []
        var next = query
        while true {
            let page = try await scoped.page(next, size: pageSize)
            if rows.isEmpty { rows = page.rows } else { rows.append(contentsOf: page.rows) }
            guard let cursor = page.nextCursor else { return rows }
            next = query.after(cursor: cursor)
        }
    }
}
