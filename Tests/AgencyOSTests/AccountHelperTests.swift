import Foundation
import Testing
import AgencyCore
import AgencyOS

@Suite("Client helpers")
struct ClientHelperTests {
    @Test("active means active or trialing and not soft-deleted",
          arguments: [(SubscriptionStatus.active, true), (.trialing, true), (.pastDue, false), (.cancelled, false), (.paused, false)])
    func isActive(status: SubscriptionStatus, expected: Bool) {
        let client = Client(name: "Acme", subscriptionStatus: status)
        #expect(client.isActive == expected)
        #expect(!client.softDeleted(at: Instants.now).isActive)
    }

    @Test func hasCredits() {
        #expect(Client(name: "Acme", creditsRemaining: 1).hasCredits)
        #expect(!Client(name: "Acme", creditsRemaining: 0).hasCredits)
    }

    @Test("using credits spends only what the balance covers")
    func useCredits() throws {
        var client = Client(name: "Acme", creditsRemaining: 10)
        #expect(try client.useCredits(4))
        #expect(client.creditsRemaining == 6)
        #expect(try client.useCredits(6))
        #expect(client.creditsRemaining == 0)
        #expect(try !client.useCredits(1))
        #expect(client.creditsRemaining == 0)
        #expect(try client.useCredits(0))
    }

    @Test("negative amounts are refused with a typed error")
    func negativeAmounts() {
        var client = Client(name: "Acme", creditsRemaining: 10)
        #expect(throws: CreditAmountError(amount: -5, balance: 10)) { try client.useCredits(-5) }
        #expect(throws: CreditAmountError(amount: -1, balance: 10)) { try client.addCredits(-1) }
        #expect(client.creditsRemaining == 10)
    }

    @Test("adding credits, in place or as a copy; the integer column's range is kept")
    func addCredits() throws {
        var client = Client(name: "Acme", creditsRemaining: 10)
        try client.addCredits(1_240)
        #expect(client.creditsRemaining == 1_250)
        let copy = try client.addingCredits(50)
        #expect(copy.creditsRemaining == 1_300)
        #expect(client.creditsRemaining == 1_250)
        let full = Client(name: "Acme", creditsRemaining: Int(Int32.max))
        #expect(throws: CreditAmountError.self) { try full.addingCredits(1) }
        #expect(throws: CreditAmountError.self) { try Client(name: "Acme", creditsRemaining: 1).addingCredits(Int.max) }
    }
}

@Suite("User helpers")
struct UserHelperTests {
    @Test func displayName() {
        #expect(User(email: "maya@acme.io", fullName: "Maya Chen").displayName == "Maya Chen")
        #expect(User(email: "maya@acme.io").displayName == "maya")
        #expect(User(email: "maya@acme.io", fullName: "").displayName == "maya")
    }

    @Test func firstName() {
        #expect(User(email: "maya@acme.io", fullName: "Maya  Li Chen").firstName == "Maya")
        #expect(User(email: "maya@acme.io").firstName == "maya")
    }
}

@Suite("Membership helpers")
struct MembershipHelperTests {
    static let user = ID<User>(UUID(uuid: (2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)))
    static let client = ID<Client>(UUID(uuid: (1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)))

    static func membership(_ role: MembershipRole) -> Membership {
        Membership(userId: user, clientId: client, role: role)
    }

    @Test("role predicates", arguments: [
        (MembershipRole.owner, true, true, true), (.admin, false, true, true), (.member, false, false, true),
        (.viewer, false, false, false),
    ])
    func roles(role: MembershipRole, owner: Bool, admin: Bool, manage: Bool) {
        let membership = Self.membership(role)
        #expect(membership.isOwner == owner)
        #expect(membership.isAdmin == admin)
        #expect(membership.canManage == manage)
        #expect(membership.hasRole(role))
        #expect(membership.hasRole(.viewer, role))
        #expect(membership.hasRole(.owner, .admin) == admin)
        #expect(membership.hasRole(in: [role]))
        #expect(!membership.hasRole(in: MembershipRole.allCases.filter { $0 != role }))
        #expect(!membership.hasRole())
    }

    @Test("pending until accepted; a deleted invitation is not pending")
    func pendingAndAccepted() {
        var membership = Self.membership(.member)
        #expect(membership.isPending)
        #expect(!membership.isAccepted)
        #expect(!membership.softDeleted(at: Instants.now).isPending)
        membership.accept(at: Instants.now)
        #expect(membership.isAccepted)
        #expect(!membership.isPending)
        #expect(membership.acceptedAt == Instants.now)
    }

    @Test("accepting again keeps the first acceptance time")
    func acceptIsIdempotent() {
        let first = Self.membership(.admin).accepted(at: Instants.now)
        let again = first.accepted(at: Instants.now.adding(days: 1))
        #expect(again.acceptedAt == Instants.now)
    }
}
