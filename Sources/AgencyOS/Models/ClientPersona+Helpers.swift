import AgencyCore

extension ClientPersona {
    /// The sender name used when neither a display name nor a company name is known.
    public static let fallbackCompanyName = "our team"

    /// Personas a tier includes: ignition 2, velocity 3, dominance 4.
    public static func allocation(for tier: TierType) -> Int {
        TierResourceAllocation(tier: tier).personas
    }

    /// "First Last".
    public var fullName: String { "\(firstName) \(lastName)" }

    /// "Full Name, Title" when the persona has a title, else the full name.
    public var signatureName: String {
        guard let title = title.nonBlank else { return fullName }
        return "\(fullName), \(title)"
    }

    /// The sender name for emails: the display name when set, else
    /// "<first name> from <company>", where the company is `branding.company_name`, else
    /// `clientName`, else "our team" — what the database trigger stores for an empty
    /// display name. Blank strings count as unset.
    ///
    /// - Parameters:
    ///   - clientName: The client's name (``Client/name``).
    ///   - branding: The client's branding JSON (``Client/branding``).
    public func formattedDisplayName(clientName: String?, branding: JSONValue? = nil) -> String {
        if let displayName = displayName.nonBlank { return displayName }
        let company = Self.companyName(clientName: clientName, branding: branding) ?? Self.fallbackCompanyName
        return "\(firstName) from \(company)"
    }

    /// An HTML email signature: the bold full name, the title and the company (each on its
    /// own line), then optionally a second paragraph "P: phone | Book a meeting" linking the
    /// calendar.
    ///
    /// Every piece of user text is HTML-escaped. The company is `branding.company_name`,
    /// else `clientName`; the line is left out when neither is known. The calendar link is
    /// included only when it is an `http`/`https` URL, so a `javascript:` link can never
    /// reach an email.
    public func generateSignature(clientName: String?, branding: JSONValue? = nil, includePhone: Bool = true,
                                  includeCalendar: Bool = true) -> String {
        var lines = ["<p><strong>\(fullName.htmlEscaped)</strong>"]
        if let title = title.nonBlank { lines.append("<br>\(title.htmlEscaped)") }
        if let company = Self.companyName(clientName: clientName, branding: branding) {
            lines.append("<br>\(company.htmlEscaped)")
        }
        lines.append("</p>")
        var contact: [String] = []
        if includePhone, let phone = phone.nonBlank { contact.append("P: \(phone.htmlEscaped)") }
        if includeCalendar, let link = calendarLink.nonBlank, ValueFormat.url.accepts(link) {
            contact.append("<a href=\"\(link.htmlEscaped)\">Book a meeting</a>")
        }
        if !contact.isEmpty { lines.append("<p>\(contact.joined(separator: " | "))</p>") }
        return lines.joined(separator: "\n")
    }

    static func companyName(clientName: String?, branding: JSONValue?) -> String? {
        branding?["company_name"]?.stringValue.nonBlank ?? clientName.nonBlank
    }
}
