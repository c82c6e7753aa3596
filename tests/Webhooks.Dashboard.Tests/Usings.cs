global using Webhooks.Inbox;
