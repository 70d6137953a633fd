import AgencyCore
import AgencyIntelligence
import Foundation
import Testing

/// The byte automaton behind pain points, CTAs and angles agrees with a plain
/// `text.lowercased().contains(keyword)` on long and short texts, wherever keywords fall.
@Suite struct KeywordScanTests {
    let extractor = ContentFeatureExtractor()
    static let words = ["Revenue", "pipeline", "TIME", "scale", "budget", "quality", "clients", "growth", "the", "and",
                        "a", "we", "help", "teams", "lead", "gen", "roi", "market", "share", "catching", "up", "behind",
                        "worth", "15", "minutes", "quick", "call", "let", "me", "know", "thoughts?", "café", "naïve"]

    func naivePainPoints(_ text: String) -> [String] {
        let lowered = text.lowercased()
        return ContentVocabulary.painPoints.filter { $0.keywords.contains { lowered.contains($0) } }.map(\.category)
    }

    func naiveCallToAction(_ text: String) -> String? {
        let lowered = text.lowercased()
        return ContentVocabulary.callsToAction.first { lowered.contains($0) }
    }

    @Test func agreesWithNaiveMatchingOnRandomTexts() {
        var generator = SeededGenerator(seed: 2024)
        for _ in 0..<300 {
            let count = Int(generator.next() % 120) + 1
            let text = (0..<count).map { _ in Self.words[Int(generator.next() % UInt64(Self.words.count))] }
                .joined(separator: generator.next() % 7 == 0 ? "\n" : " ")
            #expect(extractor.painPoints(in: text) == naivePainPoints(text), "\(text)")
            #expect(extractor.callToAction(in: text) == naiveCallToAction(text), "\(text)")
        }
    }

    @Test func keywordsAcrossLaneBoundaries() {
        for position in stride(from: 0, through: 400, by: 7) {
            let text = String(repeating: "x", count: position) + "Market Share" + String(repeating: "y", count: 400 - position)
            #expect(extractor.painPoints(in: text) == ["competition"], "at \(position)")
        }
    }

    /// The two non-ASCII characters whose lower case contains ASCII, as Python lower-cases them.
    @Test func specialCaseFolding() {
        #expect(extractor.painPoints(in: "POOR RO\u{130}") == ["revenue", "cost"])
        #expect(extractor.painPoints(in: "BOO\u{212A}ING") == ["revenue"])
        #expect(extractor.painPoints(in: "T\u{130}ME") == [])
    }
}
