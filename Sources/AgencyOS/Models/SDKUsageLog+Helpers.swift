import AgencyCore

extension SDKUsageLog {
    /// Input plus output tokens (cached tokens are not added), saturating instead of overflowing.
    public var totalTokens: Int {
        let (sum, overflow) = inputTokens.addingReportingOverflow(outputTokens)
        return overflow ? (inputTokens > 0 ? Int.max : Int.min) : sum
    }

    /// Cached tokens as a percentage of input tokens (`cached / input × 100`); 0 when there
    /// were no input tokens. It can exceed 100 when a provider counts cache reads apart from
    /// input tokens.
    public var cacheHitRate: Double {
        guard inputTokens > 0 else { return 0 }
        return Double(cachedTokens) / Double(inputTokens) * 100
    }
}
