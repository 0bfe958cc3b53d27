// The bot's user-assigned managed identity: it is the bot's Microsoft App ID (UserAssignedMSI)
// and the credential the web app uses for Blob and Queue Storage (AZURE_CLIENT_ID).

@description('Name of the managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
