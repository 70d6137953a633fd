import AgencyKit

extension DemoSession {
    /// Step 8: a learning cycle with `LearningRun` — eligibility, load, the detectors and the
    /// weight optimiser (concurrently), then the saves — followed by the patterns it found.
    mutating func learn() async throws {
        output.section(8, "Learning cycle (LearningRun) at \(DemoFormat.instant(clock.now()))")
        guard let client else { throw DemoError.unexpected("no tenant yet") }
        let now = clock.now()
        let run = LearningRun(store: try tenant())
        let eligible = try await run.eligibleClients(at: now)
        guard let entry = eligible.first(where: { $0.clientId == client.id }) else {
            output.line("   \(client.name) is not eligible (fewer than \(run.minimumConversions) recent conversions)")
            return
        }
        output.line("   eligible: \(entry.clientName), \(entry.conversionCount) conversions in the last "
            + "\(run.eligibilityWindowDays) days (needs \(run.minimumConversions))")
        output.line("   loading leads and activities of the last \(run.configuration.lookbackDays) days …")
        let current = try await tenant().get(Client.self, id: client.id)
        let inputs = try await run.load(current, at: now)
        output.line("   loaded \(DemoFormat.count(inputs.leads.count)) leads and \(DemoFormat.count(inputs.activities.count)) "
            + "activities; running WHO, WHAT, WHEN, HOW and the weight optimiser concurrently …")
        let detections = await run.detect(inputs, at: now)
        let result = await run.persist(detections, of: inputs, at: now)
        report.learning = result
        output.table(result.detectors.map { outcome in
            guard let pattern = outcome.pattern else {
                return [outcome.patternType.rawValue, "failed: \(outcome.failure.map { "\($0)" } ?? "?")"]
            }
            return [outcome.patternType.rawValue, "saved", "sample \(DemoFormat.count(pattern.sampleSize))",
                    "confidence \(DemoFormat.decimal(pattern.confidence))",
                    "valid until \(DemoFormat.day(pattern.validUntil.utcDate))"]
        })
        if let optimization = result.optimization {
            let correlation = [optimization.baselineCorrelation, optimization.optimizedCorrelation]
                .map { $0.map { DemoFormat.decimal($0, digits: 3) } ?? "—" }
            output.line("   weight optimiser: \(optimization.optimizationStatus.rawValue) on \(DemoFormat.count(optimization.sampleSize)) leads, "
                + "correlation with conversion \(correlation[0]) → \(correlation[1]); "
                + (result.weightsWritten ? "learned weights written to the client" : "weights not written"))
            if result.weightsWritten { report.learnedWeights = optimization.weights }
        }
        try await summarizePatterns(result)
    }
}
