import Foundation
import Testing
import AgencyCore
import AgencyOS

@Suite struct SocialProfilesTests {
    let profiles = SocialProfiles(
        linkedin: LinkedInCompanyProfile(name: "Sparro Digital", followers: 4120, employeeCount: 23, employeeRange: "11-50",
                                         specialties: ["Outbound"], linkedinUrl: "https://www.linkedin.com/company/sparro"),
        instagram: InstagramProfile(username: "sparrodigital", followers: 880, isVerified: true),
        facebook: FacebookPageProfile(name: "Sparro Digital", likes: 1200, followers: 1310, rating: 4.6, reviewCount: 21),
        googleBusiness: GoogleBusinessProfile(name: "Sparro Digital", rating: 4.9, reviewCount: 64,
                                              openingHours: ["Monday: 9 AM–5 PM"]))

    func object(_ value: some Encodable) throws -> [String: JSONValue] {
        let json = try JSONDecoder.agencyKit.decode(JSONValue.self, from: JSONEncoder.agencyKit.encode(value))
        return try #require(json.objectValue)
    }

    @Test func computedTotals() throws {
        #expect(profiles.totalSocialFollowers == 4120 + 880 + 1310)
        #expect(profiles.platformsFound == [.linkedin, .instagram, .facebook, .googleBusiness])
        #expect(profiles.hasProfiles)
        let average = try #require(profiles.averageRating)
        #expect(abs(average - 4.75) < 1e-12)
        #expect(profiles.totalReviews == 85)
    }

    @Test func missingValuesAddNothing() {
        let empty = SocialProfiles()
        #expect(empty.totalSocialFollowers == 0 && empty.totalReviews == 0)
        #expect(empty.platformsFound.isEmpty && !empty.hasProfiles)
        #expect(empty.averageRating == nil)
        let partial = SocialProfiles(instagram: InstagramProfile(), facebook: FacebookPageProfile(rating: 0, reviewCount: 3),
                                     googleBusiness: GoogleBusinessProfile(rating: 4.0))
        #expect(partial.platformsFound == [.instagram, .facebook, .googleBusiness])
        #expect(partial.totalSocialFollowers == 0)
        #expect(partial.averageRating == 4.0)
        #expect(partial.totalReviews == 3)
        let googleOnly = SocialProfiles(googleBusiness: GoogleBusinessProfile(rating: 3.5))
        #expect(googleOnly.averageRating == 3.5)
        let linkedinOnly = SocialProfiles(linkedin: LinkedInCompanyProfile(followers: Int.max),
                                          facebook: FacebookPageProfile(followers: 10))
        #expect(linkedinOnly.totalSocialFollowers == Int.max)
    }

    @Test func encodesComputedFieldsLikePydantic() throws {
        let json = try object(profiles)
        #expect(json["total_social_followers"] == 6310)
        #expect(json["platforms_found"] == ["linkedin", "instagram", "facebook", "google_business"])
        #expect(json["has_profiles"] == true)
        #expect(json["total_reviews"] == 85)
        #expect(json["average_rating"]?.doubleValue.map { abs($0 - 4.75) < 1e-12 } == true)
        let empty = try object(SocialProfiles())
        #expect(empty == ["linkedin": nil, "instagram": nil, "facebook": nil, "google_business": nil,
                          "total_social_followers": 0, "platforms_found": [], "has_profiles": false,
                          "average_rating": nil, "total_reviews": 0])
    }

    @Test func decodingIgnoresComputedFields() throws {
        let lying = """
            {"linkedin": {"followers": 10}, "instagram": null, "facebook": null, "google_business": null,
             "total_social_followers": 999999, "platforms_found": ["facebook"], "has_profiles": false,
             "average_rating": 1.0, "total_reviews": 42}
            """
        let decoded = try JSONDecoder.agencyKit.decode(SocialProfiles.self, from: Data(lying.utf8))
        #expect(decoded == SocialProfiles(linkedin: LinkedInCompanyProfile(followers: 10)))
        #expect(decoded.totalSocialFollowers == 10)
        #expect(decoded.platformsFound == [.linkedin])
        #expect(decoded.totalReviews == 0)
    }

    @Test func roundTrips() throws {
        let again = try JSONDecoder.agencyKit.decode(SocialProfiles.self, from: JSONEncoder.agencyKit.encode(profiles))
        #expect(again == profiles)
    }

    @Test func profilesEncodeEveryFieldAndDecodeDefaults() throws {
        #expect(Set(try object(LinkedInCompanyProfile()).keys) == [
            "name", "followers", "employee_count", "employee_range", "specialties", "description", "industry",
            "headquarters", "website", "founded_year", "linkedin_url"])
        #expect(Set(try object(InstagramProfile()).keys) == [
            "username", "followers", "following", "posts_count", "bio", "is_verified", "full_name", "profile_pic_url",
            "external_url", "instagram_url"])
        #expect(Set(try object(FacebookPageProfile()).keys) == [
            "name", "likes", "followers", "category", "about", "rating", "review_count", "website", "phone", "address",
            "facebook_url"])
        #expect(Set(try object(GoogleBusinessProfile()).keys) == [
            "name", "rating", "review_count", "address", "phone", "website", "category", "place_id", "google_maps_url",
            "opening_hours"])
        let decoder = JSONDecoder.agencyKit
        #expect(try decoder.decode(LinkedInCompanyProfile.self, from: Data("{}".utf8)).specialties == [])
        #expect(try decoder.decode(LinkedInCompanyProfile.self, from: Data(#"{"specialties": null}"#.utf8)).specialties == [])
        #expect(try decoder.decode(InstagramProfile.self, from: Data(#"{"username": "x"}"#.utf8)).isVerified == false)
        #expect(try decoder.decode(FacebookPageProfile.self, from: Data(#"{"rating": 4.5, "extra": 1}"#.utf8))
                == FacebookPageProfile(rating: 4.5))
        #expect(try decoder.decode(GoogleBusinessProfile.self, from: Data(#"{"opening_hours": ["Mon"]}"#.utf8))
                == GoogleBusinessProfile(openingHours: ["Mon"]))
        #expect(throws: DecodingError.self) {
            try decoder.decode(InstagramProfile.self, from: Data(#"{"followers": "many"}"#.utf8))
        }
    }
}
