using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>Postmark: PascalCase records named by <c>RecordType</c>; an inbound message has none and is <c>Inbound</c>.</summary>
internal static class PostmarkFixtures
{
    private const string Metadata = """
        "Metadata":{"order":"1234"}
        """;

    public static ProviderFixtures All { get; } = new("postmark",
    [
        FixtureTemplate.OfJson("Bounce", v => $$$"""
            {"RecordType":"Bounce","ID":{{{Number(10)}}},"Type":"HardBounce","TypeCode":1,"Name":"Hard bounce","Tag":"welcome","MessageID":"{{{Uuid()}}}","ServerID":23,"MessageStream":"outbound","Description":"The server was unable to deliver your message (ex: unknown user, mailbox not found).","Details":"smtp;550 5.1.1 The email account that you tried to reach does not exist.","Email":"john@example.com","From":"sender@example.com","BouncedAt":"{{{v.Iso}}}","DumpAvailable":true,"Inactive":true,"CanActivate":true,"Subject":"Welcome",{{{Metadata}}}}
            """),
        FixtureTemplate.OfJson("Delivery", v => $$$"""
            {"RecordType":"Delivery","ServerID":23,"MessageStream":"outbound","MessageID":"{{{Uuid()}}}","Recipient":"john@example.com","Tag":"welcome","DeliveredAt":"{{{v.Iso}}}","Details":"Test delivery webhook details",{{{Metadata}}}}
            """),
        FixtureTemplate.OfJson("Open", v => $$$"""
            {"RecordType":"Open","MessageStream":"outbound","FirstOpen":true,"Client":{"Name":"Chrome 35.0.1916.153","Company":"Google","Family":"Chrome"},"OS":{"Name":"OS X 10.7 Lion","Company":"Apple Computer, Inc.","Family":"OS X 10"},"Platform":"WebMail","UserAgent":"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_7_5)","ReadSeconds":5,"Geo":{"CountryISOCode":"RS","Country":"Serbia","City":"Novi Sad"},"MessageID":"{{{Uuid()}}}","ReceivedAt":"{{{v.Iso}}}","Tag":"welcome","Recipient":"john@example.com",{{{Metadata}}}}
            """),
        FixtureTemplate.OfJson("Click", v => $$$"""
            {"RecordType":"Click","MessageStream":"outbound","ClickLocation":"HTML","Client":{"Name":"Chrome 35.0.1916.153","Company":"Google","Family":"Chrome"},"OS":{"Name":"OS X 10.7 Lion","Company":"Apple Computer, Inc.","Family":"OS X 10"},"Platform":"Desktop","UserAgent":"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_7_5)","OriginalLink":"https://example.com/welcome","Geo":{"CountryISOCode":"RS","Country":"Serbia","City":"Novi Sad"},"MessageID":"{{{Uuid()}}}","ReceivedAt":"{{{v.Iso}}}","Tag":"welcome","Recipient":"john@example.com",{{{Metadata}}}}
            """),
        FixtureTemplate.OfJson("SpamComplaint", v => $$$"""
            {"RecordType":"SpamComplaint","ID":{{{Number(10)}}},"Type":"SpamComplaint","TypeCode":512,"Name":"Spam complaint","Tag":"welcome","MessageID":"{{{Uuid()}}}","ServerID":23,"MessageStream":"outbound","Description":"The subscriber explicitly marked this message as spam.","Details":"Test spam complaint details","Email":"john@example.com","From":"sender@example.com","BouncedAt":"{{{v.Iso}}}","DumpAvailable":true,"Inactive":true,"CanActivate":false,"Subject":"Welcome",{{{Metadata}}}}
            """),
        FixtureTemplate.OfJson("SubscriptionChange", v => $$$"""
            {"RecordType":"SubscriptionChange","MessageID":"{{{Uuid()}}}","ServerID":23,"MessageStream":"outbound","ChangedAt":"{{{v.Iso}}}","Recipient":"john@example.com","Origin":"Recipient","SuppressSending":true,"SuppressionReason":"ManualSuppression","Tag":"welcome",{{{Metadata}}}}
            """),
        FixtureTemplate.OfJson("Inbound", _ => $$$"""
            {"FromName":"Postmarkapp Support","MessageStream":"inbound","From":"support@postmarkapp.com","FromFull":{"Email":"support@postmarkapp.com","Name":"Postmarkapp Support","MailboxHash":""},"To":"\"Firstname Lastname\" <yourhash+SampleHash@inbound.postmarkapp.com>","ToFull":[{"Email":"yourhash+SampleHash@inbound.postmarkapp.com","Name":"Firstname Lastname","MailboxHash":"SampleHash"}],"Cc":"","CcFull":[],"Bcc":"","BccFull":[],"OriginalRecipient":"yourhash+SampleHash@inbound.postmarkapp.com","Subject":"Test subject","MessageID":"{{{Uuid()}}}","ReplyTo":"replyto@example.com","MailboxHash":"SampleHash","Date":"Fri, 1 Aug 2014 16:45:32 -04:00","TextBody":"This is a test text body.","HtmlBody":"<html><body><p>This is a test html body.</p></body></html>","StrippedTextReply":"This is the reply text","Tag":"TestTag","Headers":[{"Name":"X-Spam-Status","Value":"No"}],"Attachments":[]}
            """),
    ]);
}
