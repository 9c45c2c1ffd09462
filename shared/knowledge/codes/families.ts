// Every code family the offline table is built from, in lookup order (a value is defined by one family only).
import type { CodeFamily } from './code-family';
import { CBS } from './cbs';
import { CERT_TRUST } from './cert-trust';
import { COM_RPC } from './com-rpc';
import { CONFIGMGR } from './configmgr';
import { DOTNET } from './dotnet';
import { MSI } from './msi';
import { TRANSFER } from './transfer';
import { WIN32_HRESULT } from './win32-hresult';
import { WINHTTP } from './winhttp';
import { WUA } from './wua';

export const CODE_FAMILIES: readonly CodeFamily[] = [WUA, WINHTTP, CERT_TRUST, WIN32_HRESULT, MSI, COM_RPC, CBS, CONFIGMGR, DOTNET, TRANSFER];
