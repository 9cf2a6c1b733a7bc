// Parameters for infra/main.bicep. Secrets are never written here: they come from the environment of the shell that
// deploys (see docs/deploy.md), and the deployment fails early when one is missing.
using 'main.bicep'

param appName = 'thb'

param mailFrom = 'ThbFunctions <no-reply@thb.example.eu>'

// smtp[s]://user:password@host:port, or @Microsoft.KeyVault(SecretUri=https://<vault>.vault.azure.net/secrets/<name>)
param smtp = readEnvironmentVariable('THB_SMTP')

// At least 32 random characters (e.g. openssl rand -hex 32), or a Key Vault reference.
param portalSecret = readEnvironmentVariable('THB_PORTAL_SECRET')

// Timers run in UTC on Flex Consumption: the reminder sweep decides in code what is due in Brussels time.
param annexSchedule = '0 */15 * * * *'
param reminderSchedule = '0 5 * * * *'

param maxUploadMb = 20
