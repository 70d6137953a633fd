import AgencyKit
import Foundation

/// What the demo runs on besides its store: the seed, the first day and the lead file.
public struct DemoConfiguration: Sendable {
    /// Seeds the 90 days of synthetic outreach (and, by convention, the store's id generator).
    public var seed: UInt64
    /// Day 0 of the story: the tenant is created then, the leads are imported and scored then.
    public var start: Timestamp
    /// The CSV export the leads come from.
    public var leadsCSV: String
    /// How the CSV is named in the output.
    public var leadsCSVName: String
    /// Prospects the campaigns source and contact during the 90 simulated days.
    public var simulatedProspects: Int

    /// The default story: Monday 5 January 2026, 09:00 UTC; 4,000 simulated prospects.
    public init(seed: UInt64 = 42, start: Timestamp = DemoConfiguration.defaultStart, leadsCSV: String,
                leadsCSVName: String = "Examples/Data/leads.csv", simulatedProspects: Int = 4_000) {
        self.seed = seed
        self.start = start
        self.leadsCSV = leadsCSV
        self.leadsCSVName = leadsCSVName
        self.simulatedProspects = simulatedProspects
    }

    /// Monday 5 January 2026, 09:00 UTC.
    public static let defaultStart = Timestamp(microsecondsSinceEpoch: 1_767_603_600_000_000)

    /// The demo's lead file, `Examples/Data/leads.csv`, found next to this source file.
    ///
    /// - Throws: `CocoaError` when the checkout has no such file.
    public static func bundledLeadsCSV() throws -> String {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try String(contentsOf: examples.appendingPathComponent("Data/leads.csv"), encoding: .utf8)
    }
}
