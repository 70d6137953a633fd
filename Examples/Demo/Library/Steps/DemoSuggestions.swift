import AgencyKit

extension DemoSession {
    /// Step 10: campaign suggestions from the saved patterns (`SuggestionService`, rule-based
    /// generator); the owner approves the top one the next morning and applies it, rejects
    /// another, and the approved suggestion's history rows are shown.
    mutating func suggestAndReview() async throws {
        clock.advance(seconds: 600)
        output.section(10, "Campaign suggestions (SuggestionService, rule-based)")
        guard let client, let owner else { throw DemoError.unexpected("no tenant yet") }
        let service = SuggestionService(store: try tenant())
        let generated = try await service.generate(forClient: client.id, at: clock.now())
        report.suggestions = generated.suggestions
        if let reason = generated.eligibility.reason { output.line("   not eligible: \(reason)") }
        output.line("   \(generated.suggestions.count) suggestions (\(generated.skipped) dropped by the policy's floors), "
            + "expiring \(DemoFormat.day(generated.suggestions.first?.expiresAt.utcDate ?? clock.now().utcDate)):")
        for (index, suggestion) in generated.suggestions.enumerated() {
            output.line("   \(index + 1). [priority \(suggestion.priority), confidence \(suggestion.confidence)] "
                + "\(suggestion.suggestionType.rawValue): \(suggestion.title)")
            output.line("      \(suggestion.description)")
        }
        guard let top = generated.suggestions.first else { return }

        output.section(11, "Review: approve, apply, and the history rows")
        clock.advance(seconds: 22 * 3_600)
        let approved = try await service.approve(top, by: owner.id, notes: "Agreed — start with next week's sends",
                                                 at: clock.now())
        output.line("   \(owner.fullName ?? owner.email) approved #1 at \(DemoFormat.instant(clock.now()))")
        do {
            _ = try await service.approve(approved, by: owner.id, at: clock.now())
        } catch let error as SuggestionTransitionError {
            output.line("   approving it again is refused: \(error)")
        }
        clock.advance(seconds: 3 * 3_600)
        let applied = try await service.markApplied(approved, by: owner.id, note: "sequence updated", at: clock.now())
        report.reviewed = applied
        if generated.suggestions.count > 1 {
            let rejected = try await service.reject(generated.suggestions[1], by: owner.id,
                                                    reason: "Not this quarter", at: clock.now())
            output.line("   #2 \(rejected.status.rawValue): \"\(rejected.rejectionReason ?? "")\"")
        }
        let history = try await service.history(of: applied.id)
        report.history = history
        output.line("   history of #1 (campaign_suggestion_history):")
        output.table(history.map { row in
            [DemoFormat.instant(row.changedAt), "\(row.oldStatus?.rawValue ?? "—") → \(row.newStatus.rawValue)",
             row.changedBy == owner.id ? "by \(owner.fullName ?? owner.email)" : "by the system",
             row.changeReason.map { "\"\($0)\"" } ?? ""]
        }, indent: 5)
    }

    /// The closing summary: what the store now holds.
    func summarize() async throws {
        output.line()
        output.line(String(repeating: "=", count: 72))
        let tenant = try tenant()
        let counts = [
            ("leads", try await tenant.count(Query<Lead>())),
            ("activities", try await tenant.count(Query<Activity>())),
            ("patterns", try await tenant.count(Query<ConversionPattern>())),
            ("suggestions", try await tenant.count(Query<CampaignSuggestion>())),
            ("suggestion history rows", try await tenant.count(Query<CampaignSuggestionHistory>())),
        ]
        output.line("Done. The tenant holds " + counts.map { "\(DemoFormat.count($0.1)) \($0.0)" }.joined(separator: ", ")
            + "; the clock reads \(DemoFormat.instant(clock.now())).")
    }
}
