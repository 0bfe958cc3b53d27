// Parameters for a production deployment. Change the values marked CHANGE, then:
//   az deployment group create -g <resource group> -f infra/main.bicep -p infra/main.bicepparam
using './main.bicep'

param namePrefix = 'reintegratie'

// UserAssignedMSI needs no secret. For SingleTenant set singleTenantAppId here and export
// BOT_APP_PASSWORD (the app registration's client secret) before deploying.
param botAppType = 'UserAssignedMSI'
param singleTenantAppId = ''
param singleTenantAppPassword = readEnvironmentVariable('BOT_APP_PASSWORD', '')

// CHANGE: the page on your site that hosts the client Web Chat; the bot appends the invitation code.
param clientInvitationLinkBase = 'https://www.example.nl/reintegratie/chat/'

// CHANGE: the origin(s) of that page, so Direct Line tokens only work there.
param webChatOrigins = [
  'https://www.example.nl'
]

param appServicePlanSku = 'P0v3'
param instanceCount = 2
param botSku = 'F0'
param storageSku = 'Standard_ZRS'
