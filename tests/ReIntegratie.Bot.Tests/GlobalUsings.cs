global using System.Net;
global using ReIntegratie.Bot.Tests.Support;
