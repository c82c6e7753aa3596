global using Webhooks.Inbox;
global using Webhooks.Inbox.Storage;
