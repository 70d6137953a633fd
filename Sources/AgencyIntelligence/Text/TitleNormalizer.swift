import Foundation

/// Groups job titles for the WHO detector: maps the common spellings of eight canonical
/// titles to one key, and keeps any other title in Python title case.
///
/// The reference matches **substrings**, so "Director" contains "cto" and becomes `cto`,
/// "Coordinator" becomes `coo`, and "marketing director" can never be reached (D#12).
/// AgencyKit matches whole **words and phrases** of the lower-cased, trimmed title: a title
/// is split into runs of letters and digits ("C.E.O" → c e o, "Co-Founder" → co founder),
/// and a phrase matches when its words appear consecutively. Canonical forms are tried in
/// priority order, specific before generic: ceo, cmo, cfo, coo, cto, owner,
/// marketing director, sales director.
///
/// Differences from the reference, all deliberate:
/// - "Director", "Managing Director", "Marketing Coordinator" keep their own titles.
/// - "Marketing Director"/"Director of Marketing" → `marketing director`; "Sales Director"/
///   "Director of Sales" → `sales director`.
/// - "Vice President (of) Marketing" → `cmo`, like "VP (of) Marketing".
/// - "principal" means `owner` only when it is not qualifying a role ("Principal Engineer",
///   "Principal Consultant" keep their titles; "Principal" and "Principal, Acme" are owners).
/// - "Product Owner" → `owner`: "owner" is a word there (the ALS authority rule agrees).
public struct TitleNormalizer: Sendable {
    struct Canonical: Sendable {
        let name: String
        let phrases: [[String]]
    }

    static let canonicalTitles: [Canonical] = [
        Canonical(name: "ceo", phrases: ["ceo", "chief executive", "chief exec", "c e o"].map(words)),
        Canonical(name: "cmo", phrases: [
            "cmo", "chief marketing", "chief mktg", "vp marketing", "vp of marketing",
            "vice president marketing", "vice president of marketing",
        ].map(words)),
        Canonical(name: "cfo", phrases: ["cfo", "chief financial", "chief finance"].map(words)),
        Canonical(name: "coo", phrases: ["coo", "chief operating", "chief ops"].map(words)),
        Canonical(name: "cto", phrases: ["cto", "chief technology", "chief tech"].map(words)),
        Canonical(name: "owner", phrases: ["owner", "founder", "co founder", "cofounder", "principal"].map(words)),
        Canonical(name: "marketing director", phrases: [
            "marketing director", "director of marketing", "director marketing",
        ].map(words)),
        Canonical(name: "sales director", phrases: ["sales director", "director of sales", "director sales"].map(words)),
    ]

    /// Words that, right after "principal", make it a seniority level rather than ownership.
    static let principalQualifiedRoles: Set<String> = [
        "engineer", "engineering", "software", "consultant", "consulting", "scientist", "designer", "architect",
        "analyst", "developer", "product", "program", "programme", "project", "data", "research", "researcher",
        "investigator", "account", "accountant", "solutions", "solution", "security", "technical", "technologist",
        "member", "associate", "specialist", "manager", "writer", "economist", "planner", "advisor", "adviser",
        "counsel", "attorney", "lawyer", "teacher", "lecturer", "statistician", "geologist", "mechanical",
        "electrical", "systems", "network", "cloud", "ux", "ui", "sales", "marketing", "investment",
    ]

    /// A normalizer.
    public init() {}

    /// The group key of `title`: a canonical form, or the trimmed title in Python title case;
    /// `nil` for a missing or blank title.
    public func normalize(_ title: String?) -> String? {
        guard let title else { return nil }
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !trimmed.isEmpty else { return nil }
        let tokens = Self.words(trimmed)
        for canonical in Self.canonicalTitles where canonical.phrases.contains(where: { Self.contains(tokens, $0) }) {
            return canonical.name
        }
        return PythonText.titleCased(trimmed)
    }

    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if !current.isEmpty {
                result.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }

    static func contains(_ tokens: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, tokens.count >= phrase.count else { return false }
        for start in 0...(tokens.count - phrase.count) {
            var matched = true
            for offset in 0..<phrase.count where tokens[start + offset] != phrase[offset] {
                matched = false
                break
            }
            guard matched else { continue }
            if phrase == ["principal"], start + 1 < tokens.count, principalQualifiedRoles.contains(tokens[start + 1]) {
                continue
            }
            return true
        }
        return false
    }
}
