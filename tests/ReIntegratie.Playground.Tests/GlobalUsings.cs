global using System.Net;
global using ReIntegratie.Playground.Tests.Support;
