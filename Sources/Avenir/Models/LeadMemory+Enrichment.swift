import AgencyCore

extension LeadMemory {
    /// The lifecycle state: `Deleted` when the flag is set, `Archived` when archived,
    /// else the current tag.
    public var lifecycleState: LeadTag {
        if deleted { return .deleted }
        if archived { return .archived }
        return currentTag
    }

    /// A copy with `enrichment` applied at `time`: each produced value replaces the
    /// current one, and a tone, urgency or confidence that differs from the current value
    /// is appended to its history as `{value, timestamp: time}`. An unchanged value
    /// appends nothing, so histories record changes only.
    public func enriched(with enrichment: LeadEnrichment, at time: Timestamp) -> LeadMemory {
        var copy = self
        if let summary = enrichment.aiSummary { copy.aiSummary = summary }
        if let intent = enrichment.intent { copy.intent = intent }
        if let insight = enrichment.relationshipInsight { copy.relationshipInsight = insight }
        if let tone = enrichment.tone, tone != copy.tone {
            copy.tone = tone
            copy.toneHistory.append(HistoryEntry(value: tone, timestamp: time))
        }
        if let urgency = enrichment.urgency, urgency != copy.urgency {
            copy.urgency = urgency
            copy.urgencyHistory.append(HistoryEntry(value: urgency, timestamp: time))
        }
        if let raw = enrichment.confidenceScore {
            let confidence = raw.rounded(scale: 2)
            if confidence != copy.confidenceScore {
                copy.confidenceScore = confidence
                copy.confidenceHistory.append(HistoryEntry(value: confidence, timestamp: time))
            }
        }
        return copy
    }

    /// The first urgency observed (the oldest history entry, else the current value).
    public var initialUrgency: String? { urgencyHistory.first?.value ?? urgency }

    /// The first tone observed (the oldest history entry, else the current value).
    public var initialTone: String? { toneHistory.first?.value ?? tone }
}
