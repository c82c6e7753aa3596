global using Xunit.Abstractions;

// The tests load the machine (a child process, thousands of requests, fsyncs): one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
