using System.Reflection;
using System.Text.Json;

namespace Webhooks.Runtime.Tests.Contracts;

/// <summary>GitHub's common envelope and its most used events, read through the built-in source-generated metadata.</summary>
/// <remarks>
/// The payloads are GitHub's published examples (octokit/webhooks, the examples behind
/// https://docs.github.com/en/webhooks/webhook-events-and-payloads), with the API <c>*_url</c> members and
/// most repository flags cut to keep them short.
/// </remarks>
public sealed class GitHubContractTests
{
    // https://github.com/octokit/webhooks/blob/main/payload-examples/api.github.com/push/with-new-branch.payload.json
    private const string Push = """
        {
          "ref": "refs/heads/master",
          "before": "0000000000000000000000000000000000000000",
          "after": "6113728f27ae82c7b1a177c8d03f9e96e0adf246",
          "repository": {
            "id": 186853002,
            "name": "Hello-World",
            "full_name": "Codertocat/Hello-World",
            "private": false,
            "owner": {"login": "Codertocat", "id": 21031067, "type": "User", "html_url": "https://github.com/Codertocat"},
            "html_url": "https://github.com/Codertocat/Hello-World",
            "description": null,
            "fork": false,
            "created_at": 1557933565,
            "pushed_at": 1557933657,
            "default_branch": "master",
            "visibility": "public"
          },
          "pusher": {"name": "Codertocat", "email": "21031067+Codertocat@users.noreply.github.com"},
          "sender": {"login": "Codertocat", "id": 21031067, "type": "User", "html_url": "https://github.com/Codertocat"},
          "installation": {"id": 1, "node_id": "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ=="},
          "created": true,
          "deleted": false,
          "forced": false,
          "base_ref": null,
          "compare": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246",
          "commits": [
            {
              "id": "6113728f27ae82c7b1a177c8d03f9e96e0adf246",
              "tree_id": "31b122c26a97cf9af023e9ddab94a82c6e77b0ea",
              "distinct": true,
              "message": "Initial commit",
              "timestamp": "2019-05-15T15:19:25Z",
              "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246",
              "author": {"name": "Codertocat", "email": "21031067+Codertocat@users.noreply.github.com", "username": "Codertocat"},
              "committer": {"name": "Codertocat", "email": "21031067+Codertocat@users.noreply.github.com", "username": "Codertocat"},
              "added": ["README.md"],
              "removed": [],
              "modified": []
            }
          ],
          "head_commit": {
            "id": "6113728f27ae82c7b1a177c8d03f9e96e0adf246",
            "tree_id": "31b122c26a97cf9af023e9ddab94a82c6e77b0ea",
            "distinct": true,
            "message": "Initial commit",
            "timestamp": "2019-05-15T15:19:25Z",
            "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246",
            "author": {"name": "Codertocat", "email": "21031067+Codertocat@users.noreply.github.com", "username": "Codertocat"},
            "committer": {"name": "Codertocat", "email": "21031067+Codertocat@users.noreply.github.com", "username": "Codertocat"},
            "added": ["README.md"],
            "removed": [],
            "modified": []
          }
        }
        """;

    // https://github.com/octokit/webhooks/blob/main/payload-examples/api.github.com/push/payload.json
    private const string TagDeleted = """
        {
          "ref": "refs/tags/simple-tag",
          "before": "6113728f27ae82c7b1a177c8d03f9e96e0adf246",
          "after": "0000000000000000000000000000000000000000",
          "created": false,
          "deleted": true,
          "forced": false,
          "base_ref": null,
          "compare": "https://github.com/Codertocat/Hello-World/compare/6113728f27ae...000000000000",
          "commits": [],
          "head_commit": null,
          "repository": {
            "id": 186853002,
            "name": "Hello-World",
            "full_name": "Codertocat/Hello-World",
            "private": false,
            "owner": {"login": "Codertocat", "id": 21031067, "type": "User", "html_url": "https://github.com/Codertocat"},
            "html_url": "https://github.com/Codertocat/Hello-World",
            "description": null,
            "fork": false,
            "created_at": 1557933565,
            "pushed_at": 1557933657,
            "default_branch": "master",
            "visibility": "public"
          },
          "pusher": {"name": "Codertocat", "email": "21031067+Codertocat@users.noreply.github.com"},
          "sender": {"login": "Codertocat", "id": 21031067, "type": "User", "html_url": "https://github.com/Codertocat"}
        }
        """;

    // https://github.com/octokit/webhooks/blob/main/payload-examples/api.github.com/pull_request/opened.payload.json
    private const string PullRequestOpened = """
        {
          "action": "opened",
          "number": 2,
          "pull_request": {
            "url": "https://api.github.com/repos/Codertocat/Hello-World/pulls/2",
            "id": 279147437,
            "html_url": "https://github.com/Codertocat/Hello-World/pull/2",
            "number": 2,
            "state": "open",
            "locked": false,
            "title": "Update the README with new information.",
            "user": {"login": "Codertocat", "id": 21031067, "type": "User", "html_url": "https://github.com/Codertocat"},
            "body": "This is a pretty simple change that we need to pull into master.",
            "created_at": "2019-05-15T15:20:33Z",
            "updated_at": "2019-05-15T15:20:33Z",
            "closed_at": null,
            "merged_at": null,
            "merge_commit_sha": null,
            "labels": [
              {
                "id": 1362934389,
                "name": "bug",
                "color": "d73a4a",
                "default": true,
                "description": "Something isn't working"
              }
            ],
            "head": {
              "label": "Codertocat:changes",
              "ref": "changes",
              "sha": "ec26c3e57ca3a959ca5aad62de7213c562f8c821",
              "user": {"login": "Codertocat", "id": 21031067, "type": "User", "html_url": "https://github.com/Codertocat"},
              "repo": {
                "id": 186853002,
                "name": "Hello-World",
                "full_name": "Codertocat/Hello-World",
                "private": false,
                "owner": {"login": "Codertocat", "id": 21031067, "type": "User", "html_url": "https://github.com/Codertocat"},
                "html_url": "https://github.com/Codertocat/Hello-World",
                "default_branch": "master"
              }
            },
            "base": {
              "label": "Codertocat:master",
              "ref": "master",
              "sha": "f95f852bd8fca8fcc58a9a2d6c842781e32a215e",
              "user": {"login": "Codertocat", "id": 21031067, "type": "User", "html_url": "https://github.com/Codertocat"},
              "repo": {
                "id": 186853002,
                "name": "Hello-World",
                "full_name": "Codertocat/Hello-World",
                "private": false,
                "owner": {"login": "Codertocat", "id": 21031067, "type": "User", "html_url": "https://github.com/Codertocat"},
                "html_url": "https://github.com/Codertocat/Hello-World",
                "default_branch": "master"
              }
            },
            "draft": false,
            "merged": false,
            "mergeable": null,
            "merged_by": null,
            "commits": 1,
            "additions": 1,
            "deletions": 1,
            "changed_files": 1
          },
          "repository": {
            "id": 186853002,
            "name": "Hello-World",
            "full_name": "Codertocat/Hello-World",
            "private": false,
            "owner": {"login": "Codertocat", "id": 21031067, "type": "User", "html_url": "https://github.com/Codertocat"},
            "html_url": "https://github.com/Codertocat/Hello-World",
            "default_branch": "master"
          },
          "installation": {"id": 1, "node_id": "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ=="},
          "sender": {"login": "Codertocat", "id": 21031067, "type": "User", "html_url": "https://github.com/Codertocat"}
        }
        """;

    // https://github.com/octokit/webhooks/blob/main/payload-examples/api.github.com/issues/opened.payload.json
    private const string IssueOpened = """
        {
          "action": "opened",
          "issue": {
            "url": "https://api.github.com/repos/Codertocat/Hello-World/issues/1",
            "html_url": "https://github.com/Codertocat/Hello-World/issues/1",
            "id": 444500041,
            "number": 1,
            "title": "Spelling error in the README file",
            "user": {"login": "Codertocat", "id": 21031067, "type": "User", "html_url": "https://github.com/Codertocat"},
            "labels": [
              {
                "id": 1362934389,
                "name": "bug",
                "color": "d73a4a",
                "default": true,
                "description": "Something isn't working"
              }
            ],
            "state": "open",
            "locked": false,
            "assignee": {"login": "Codertocat", "id": 21031067, "type": "User", "html_url": "https://github.com/Codertocat"},
            "assignees": [{"login": "Codertocat", "id": 21031067, "type": "User", "html_url": "https://github.com/Codertocat"}],
            "milestone": {"id": 4317517, "number": 1, "title": "v1.0", "state": "closed"},
            "comments": 0,
            "created_at": "2019-05-15T15:20:18Z",
            "updated_at": "2019-05-15T15:20:18Z",
            "closed_at": null,
            "author_association": "OWNER",
            "body": "It looks like you accidently spelled 'commit' with two 't's."
          },
          "repository": {
            "id": 186853002,
            "name": "Hello-World",
            "full_name": "Codertocat/Hello-World",
            "private": false,
            "owner": {"login": "Codertocat", "id": 21031067, "type": "User", "html_url": "https://github.com/Codertocat"},
            "html_url": "https://github.com/Codertocat/Hello-World",
            "default_branch": "master"
          },
          "sender": {"login": "Codertocat", "id": 21031067, "type": "User", "html_url": "https://github.com/Codertocat"}
        }
        """;

    // https://github.com/octokit/webhooks/blob/main/payload-examples/api.github.com/ping/with-app_id.payload.json
    private const string Ping = """
        {
          "zen": "Anything added dilutes everything else.",
          "hook_id": 109948940,
          "hook": {
            "type": "Repository",
            "id": 109948940,
            "name": "web",
            "active": true,
            "app_id": 29310,
            "events": ["*"],
            "config": {"content_type": "json", "url": "https://smee.io/YEbF2t8kjvPAn7Ck", "insecure_ssl": "0"},
            "updated_at": "2019-05-15T15:20:49Z",
            "created_at": "2019-05-15T15:20:49Z",
            "last_response": {"code": null, "status": "unused", "message": null}
          },
          "repository": {
            "id": 186853261,
            "name": "Hello-World",
            "full_name": "Octocoders/Hello-World",
            "private": false,
            "owner": {"login": "Octocoders", "id": 38302899, "type": "Organization", "html_url": "https://github.com/Octocoders"},
            "html_url": "https://github.com/Octocoders/Hello-World",
            "default_branch": "master",
            "fork": true
          },
          "sender": {"login": "Codertocat", "id": 21031067, "type": "User", "html_url": "https://github.com/Codertocat"}
        }
        """;

    [Fact]
    public void Push_has_its_ref_commits_and_envelope()
    {
        var push = JsonSerializer.Deserialize(Push, WebhookContractsJsonContext.Default.GitHubPushEvent)!;
        var commit = Assert.Single(push.Commits);

        Assert.Equal("refs/heads/master", push.Ref);
        Assert.Equal("6113728f27ae82c7b1a177c8d03f9e96e0adf246", push.After);
        Assert.True(push.Created);
        Assert.False(push.Forced);
        Assert.Null(push.BaseRef);
        Assert.Null(push.Action);
        Assert.Equal("Initial commit", commit.Message);
        Assert.Equal(new DateTimeOffset(2019, 5, 15, 15, 19, 25, TimeSpan.Zero), commit.Timestamp);
        Assert.Equal("Codertocat", commit.Author!.Username);
        Assert.Equal(["README.md"], commit.Added);
        Assert.Equal(commit.Id, push.HeadCommit!.Id);
        Assert.Equal("Codertocat", push.Pusher.Name);
        Assert.Equal(21031067, push.Sender!.Id);
        Assert.Equal("Codertocat/Hello-World", push.Repository!.FullName);
        Assert.Equal("master", push.Repository.DefaultBranch);
        Assert.Equal(1, push.Installation!.Id);
        Assert.Null(push.Organization);
    }

    [Fact]
    public void Push_repository_timestamps_in_unix_seconds_are_kept_unparsed()
    {
        var repository = JsonSerializer.Deserialize(Push, WebhookContractsJsonContext.Default.GitHubPushEvent)!.Repository!;

        Assert.Equal(1557933565, repository.AdditionalProperties!["created_at"].GetInt64());
    }

    [Fact]
    public void Deleted_tag_has_no_head_commit()
    {
        var push = JsonSerializer.Deserialize(TagDeleted, WebhookContractsJsonContext.Default.GitHubPushEvent)!;

        Assert.True(push.Deleted);
        Assert.Null(push.HeadCommit);
        Assert.Empty(push.Commits);
        Assert.Null(push.Installation);
    }

    [Fact]
    public void Pull_request_has_its_branches_and_state()
    {
        var evt = JsonSerializer.Deserialize(PullRequestOpened, WebhookContractsJsonContext.Default.GitHubPullRequestEvent)!;
        var pr = evt.PullRequest;

        Assert.Equal("opened", evt.Action);
        Assert.Equal(2, evt.Number);
        Assert.Equal(279147437, pr.Id);
        Assert.Equal("open", pr.State);
        Assert.Equal("Update the README with new information.", pr.Title);
        Assert.Equal("changes", pr.Head.Ref);
        Assert.Equal("ec26c3e57ca3a959ca5aad62de7213c562f8c821", pr.Head.Sha);
        Assert.Equal("master", pr.Base.Ref);
        Assert.Equal("Codertocat/Hello-World", pr.Base.Repo!.FullName);
        Assert.False(pr.Merged);
        Assert.False(pr.Draft);
        Assert.Null(pr.MergedAt);
        Assert.Null(pr.MergedBy);
        Assert.Equal("bug", Assert.Single(pr.Labels).Name);
        Assert.Equal("https://github.com/Codertocat/Hello-World/pull/2", pr.HtmlUrl);
        Assert.Equal(1, pr.AdditionalProperties!["additions"].GetInt32());
    }

    [Fact]
    public void Issue_has_its_author_labels_and_assignees()
    {
        var evt = JsonSerializer.Deserialize(IssueOpened, WebhookContractsJsonContext.Default.GitHubIssuesEvent)!;
        var issue = evt.Issue;

        Assert.Equal("opened", evt.Action);
        Assert.Equal(1, issue.Number);
        Assert.Equal("Spelling error in the README file", issue.Title);
        Assert.Equal("Codertocat", issue.User!.Login);
        Assert.Equal("User", issue.User.Type);
        Assert.Equal("d73a4a", Assert.Single(issue.Labels).Color);
        Assert.Equal("Codertocat", Assert.Single(issue.Assignees).Login);
        Assert.Null(issue.ClosedAt);
        Assert.Equal("v1.0", issue.AdditionalProperties!["milestone"].GetProperty("title").GetString());
    }

    [Fact]
    public void Ping_has_the_hook_and_app()
    {
        var ping = JsonSerializer.Deserialize(Ping, WebhookContractsJsonContext.Default.GitHubPingEvent)!;

        Assert.Equal("Anything added dilutes everything else.", ping.Zen);
        Assert.Equal(109948940, ping.HookId);
        Assert.Equal(29310, ping.Hook!.AppId);
        Assert.Equal(["*"], ping.Hook.Events);
        Assert.Equal("https://smee.io/YEbF2t8kjvPAn7Ck", ping.Hook.Config!.Url);
        Assert.Equal("0", ping.Hook.Config.AdditionalProperties!["insecure_ssl"].GetString());
        Assert.Equal("Organization", ping.Repository!.Owner!.Type);
    }

    [Fact]
    public void Any_event_reads_as_the_common_envelope_and_keeps_the_rest()
    {
        var evt = JsonSerializer.Deserialize(IssueOpened, WebhookContractsJsonContext.Default.GitHubEvent)!;

        Assert.Equal("opened", evt.Action);
        Assert.Equal("Codertocat", evt.Sender!.Login);
        Assert.Equal(186853002, evt.Repository!.Id);
        Assert.Equal(444500041, evt.AdditionalProperties!["issue"].GetProperty("id").GetInt64());
    }

    [Fact]
    public void Missing_members_take_their_defaults()
    {
        var push = JsonSerializer.Deserialize("{}", WebhookContractsJsonContext.Default.GitHubPushEvent)!;

        Assert.Equal("", push.Ref);
        Assert.Empty(push.Commits);
        Assert.Null(push.HeadCommit);
        Assert.Equal("", push.Pusher.Name);
        Assert.Null(push.Sender);
        Assert.Null(push.Repository);
    }

    [Theory]
    [InlineData("""{"ref":null}""")]
    [InlineData("""{"ref":"refs/heads/main","forced":"no"}""")]
    [InlineData("""{"ref":"refs/heads/main","commits":{}}""")]
    [InlineData("""{"ref":"refs/heads/main","sender":{"login":"octocat","id":"1"}}""")]
    [InlineData("""{"ref":"refs/heads/main","head_commit":{"id":"abc","timestamp":"not a date"}}""")]
    public void Wrong_type_or_null_for_a_non_nullable_member_throws(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, WebhookContractsJsonContext.Default.GitHubPushEvent));

    [Theory]
    [InlineData(typeof(GitHubEvent), null)]
    [InlineData(typeof(GitHubPushEvent), "push")]
    [InlineData(typeof(GitHubPullRequestEvent), "pull_request")]
    [InlineData(typeof(GitHubIssuesEvent), "issues")]
    [InlineData(typeof(GitHubPingEvent), "ping")]
    public void Contracts_name_github_and_their_event(Type contractType, string? eventName)
    {
        var contract = contractType.GetCustomAttribute<WebhookContractAttribute>()!;

        Assert.Equal("github", contract.Provider);
        Assert.Equal(eventName is null ? null : [eventName], contract.Events);
    }
}
