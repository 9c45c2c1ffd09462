// Certificate and trust errors: Authenticode/WinVerifyTrust (TRUST_E_*, CERT_E_*, 0x800B0xxx), CryptoAPI
// (CRYPT_E_*, 0x80092xxx) and the SSPI/Schannel security codes (SEC_E_*, 0x80090xxx) a TLS connection to WSUS
// fails with. An expired or untrusted WSUS certificate shows up as one of these.
// SOURCE: winerror.h names as documented in Microsoft Learn "COM Error Codes (Security and Setup)"; meanings in our words.
import type { CodeFamily } from './code-family';

export const CERT_TRUST: CodeFamily = {
  id: 'cert-trust',
  source: 'Microsoft Learn: COM Error Codes (Security and Setup), winerror.h',
  ranges: [[0x80090000, 0x80096fff], [0x800b0000, 0x800b01ff]],
  zhGist: [
    ['8009', '加密(CryptoAPI)错误'],
    ['800903', 'SSPI/Schannel 安全错误'],
    ['80094', '证书服务错误'],
    ['80096', '信任验证错误'],
    ['800B', '证书或信任验证错误'],
  ],
  lines: `
80090001|NTE_BAD_UID|The cryptographic provider was given a bad UID.
80090002|NTE_BAD_HASH|Bad hash (cryptographic provider).
80090003|NTE_BAD_KEY|Bad key (cryptographic provider).
80090004|NTE_BAD_LEN|Bad length (cryptographic provider).
80090005|NTE_BAD_DATA|Bad data: the data could not be decrypted or verified (often a corrupt key or certificate).|数据错误:无法解密或验证数据(通常是密钥或证书损坏)。
80090006|NTE_BAD_SIGNATURE|The signature is invalid.|签名无效。
80090007|NTE_BAD_VER|Bad version of the cryptographic provider.
80090008|NTE_BAD_ALGID|An invalid algorithm was specified (the provider does not support it).|指定的算法无效(提供程序不支持)。
80090009|NTE_BAD_FLAGS|Invalid flags were specified.
8009000A|NTE_BAD_TYPE|An invalid type was specified.
8009000B|NTE_BAD_KEY_STATE|The key is not valid for use in the specified state.
8009000C|NTE_BAD_HASH_STATE|The hash is not valid for use in the specified state.
8009000D|NTE_NO_KEY|The key does not exist.|密钥不存在。
8009000E|NTE_NO_MEMORY|Not enough memory for the cryptographic operation.
8009000F|NTE_EXISTS|The object already exists.
80090010|NTE_PERM|Access to the key was denied.|访问密钥被拒绝。
80090011|NTE_NOT_FOUND|The object was not found.
80090012|NTE_DOUBLE_ENCRYPT|The data is already encrypted.
80090013|NTE_BAD_PROVIDER|An invalid cryptographic provider was specified.
80090014|NTE_BAD_PROV_TYPE|An invalid provider type was specified.
80090015|NTE_BAD_PUBLIC_KEY|The provider's public key is invalid.
80090016|NTE_BAD_KEYSET|The key container (keyset) does not exist.|密钥容器(密钥集)不存在。
80090017|NTE_PROV_TYPE_NOT_DEF|The provider type is not defined.
80090018|NTE_PROV_TYPE_ENTRY_BAD|The provider type as registered is invalid.
80090019|NTE_KEYSET_NOT_DEF|The keyset is not defined.
8009001A|NTE_KEYSET_ENTRY_BAD|The keyset as registered is invalid.
8009001B|NTE_PROV_TYPE_NO_MATCH|The provider type does not match the registered value.
8009001C|NTE_SIGNATURE_FILE_BAD|The digital signature file is corrupt.
8009001D|NTE_PROVIDER_DLL_FAIL|The provider DLL failed to initialise.
8009001E|NTE_PROV_DLL_NOT_FOUND|The provider DLL could not be found.
8009001F|NTE_BAD_KEYSET_PARAM|The keyset parameter is invalid.
80090020|NTE_FAIL|An internal error occurred in the cryptographic provider.|加密提供程序发生内部错误。
80090021|NTE_SYS_ERR|A base error occurred in the cryptographic provider.
80090300|SEC_E_INSUFFICIENT_MEMORY|Not enough memory to complete the security request.
80090301|SEC_E_INVALID_HANDLE|The security handle is invalid.
80090302|SEC_E_UNSUPPORTED_FUNCTION|The requested security function is not supported (often a TLS version or cipher the other side refuses).|不支持请求的安全功能(通常是对方拒绝的 TLS 版本或密码套件)。
80090303|SEC_E_TARGET_UNKNOWN|The target is unknown or unreachable.
80090304|SEC_E_INTERNAL_ERROR|The Local Security Authority cannot be contacted (internal SSPI error).|无法联系本地安全机构(SSPI 内部错误)。
80090305|SEC_E_SECPKG_NOT_FOUND|The requested security package does not exist.
80090306|SEC_E_NOT_OWNER|The caller is not the owner of the credentials.
80090307|SEC_E_CANNOT_INSTALL|The security package failed to initialise.
80090308|SEC_E_INVALID_TOKEN|The token passed to the security function is invalid (a broken TLS or authentication exchange).|传给安全函数的令牌无效(TLS 或身份验证交换已损坏)。
80090309|SEC_E_CANNOT_PACK|The security package cannot marshal the logon buffer.
8009030A|SEC_E_QOP_NOT_SUPPORTED|The requested quality of protection is not supported.
8009030B|SEC_E_NO_IMPERSONATION|The security context does not allow impersonation.
8009030C|SEC_E_LOGON_DENIED|The logon attempt failed.|登录尝试失败。
8009030D|SEC_E_UNKNOWN_CREDENTIALS|The credentials supplied are not recognised (for TLS: the certificate's private key cannot be used).|无法识别提供的凭据(TLS 中:无法使用证书私钥)。
8009030E|SEC_E_NO_CREDENTIALS|No credentials are available in the security package.|安全包中没有可用的凭据。
8009030F|SEC_E_MESSAGE_ALTERED|The message or signature was altered.
80090310|SEC_E_OUT_OF_SEQUENCE|The message was received out of sequence.
80090311|SEC_E_NO_AUTHENTICATING_AUTHORITY|No authority (domain controller) could be contacted for authentication.|无法联系任何机构(域控制器)进行身份验证。
80090316|SEC_E_BAD_PKGID|The requested security package does not exist.
80090317|SEC_E_CONTEXT_EXPIRED|The security context has expired.
80090318|SEC_E_INCOMPLETE_MESSAGE|The message is incomplete; the signature was not verified.
80090320|SEC_E_INCOMPLETE_CREDENTIALS|The credentials supplied were incomplete (for TLS: the server asked for a client certificate).|提供的凭据不完整(TLS 中:服务器要求客户端证书)。
80090321|SEC_E_BUFFER_TOO_SMALL|The buffer supplied to a security function was too small.
80090322|SEC_E_WRONG_PRINCIPAL|The target principal name is wrong (for TLS: the server certificate names another host).|目标主体名称不正确(TLS 中:服务器证书中的名称是另一台主机)。
80090324|SEC_E_TIME_SKEW|The clocks of client and server are too far apart.|客户端与服务器的时钟相差过大。
80090325|SEC_E_UNTRUSTED_ROOT|The certificate chain was issued by an authority that is not trusted.|证书链由不受信任的颁发机构颁发。
80090326|SEC_E_ILLEGAL_MESSAGE|The TLS message received was unexpected or badly formatted (the other side sent an alert).|收到的 TLS 消息意外或格式错误(对方发送了警报)。
80090327|SEC_E_CERT_UNKNOWN|An unknown error occurred while processing the certificate.|处理证书时发生未知错误。
80090328|SEC_E_CERT_EXPIRED|The certificate received has expired.|收到的证书已过期。
80090329|SEC_E_ENCRYPT_FAILURE|The data could not be encrypted.
80090330|SEC_E_DECRYPT_FAILURE|The data could not be decrypted.
80090331|SEC_E_ALGORITHM_MISMATCH|Client and server have no TLS protocol or cipher in common.|客户端与服务器没有共同支持的 TLS 协议或密码套件。
80090332|SEC_E_SECURITY_QOS_FAILED|The security context could not be established with the requested quality of service.
80090333|SEC_E_UNFINISHED_CONTEXT_DELETED|A security context was deleted before it was complete.
80090334|SEC_E_NO_TGT_REPLY|No ticket-granting ticket reply was received (Kerberos).
80090335|SEC_E_NO_IP_ADDRESSES|No IP addresses are available for the security request.
80090336|SEC_E_WRONG_CREDENTIAL_HANDLE|The credential handle does not match the security context.
80090337|SEC_E_CRYPTO_SYSTEM_INVALID|The cryptographic system or checksum function is invalid.
80090338|SEC_E_MAX_REFERRALS_EXCEEDED|The maximum number of Kerberos referrals was exceeded.
80090339|SEC_E_MUST_BE_KDC|The local machine must be a Kerberos KDC and is not.
8009033A|SEC_E_STRONG_CRYPTO_NOT_SUPPORTED|The other end requires strong cryptography that is not supported here.
8009033B|SEC_E_TOO_MANY_PRINCIPALS|The KDC reply contained more than one principal name.
8009033C|SEC_E_NO_PA_DATA|Expected pre-authentication data was not found.
8009033D|SEC_E_PKINIT_NAME_MISMATCH|The client certificate does not hold a valid UPN or does not match the client name.
8009033E|SEC_E_SMARTCARD_LOGON_REQUIRED|Smart card logon is required and was not used.
8009033F|SEC_E_SHUTDOWN_IN_PROGRESS|A system shutdown is in progress.
80090343|SEC_E_UNSUPPORTED_PREAUTH|An unsupported pre-authentication mechanism was presented to the Kerberos package.
80090350|SEC_E_DOWNGRADE_DETECTED|A TLS downgrade attack or an unexpected protocol version was detected.|检测到 TLS 降级或意外的协议版本。
80090351|SEC_E_SMARTCARD_CERT_REVOKED|The smart card certificate used for authentication has been revoked.
80090353|SEC_E_REVOCATION_OFFLINE_C|The revocation status of the smart card certificate could not be determined.
80090354|SEC_E_PKINIT_CLIENT_FAILURE|The smart card certificate used for authentication was not trusted.
80090355|SEC_E_SMARTCARD_CERT_EXPIRED|The smart card certificate used for authentication has expired.
80090358|SEC_E_REVOCATION_OFFLINE_KDC|The revocation status of the domain controller certificate could not be determined.
80091001|CRYPT_E_MSG_ERROR|An error occurred during a cryptographic message operation.
80091002|CRYPT_E_UNKNOWN_ALGO|The cryptographic algorithm is unknown.
80091003|CRYPT_E_OID_FORMAT|The object identifier is badly formatted.
80091004|CRYPT_E_INVALID_MSG_TYPE|The cryptographic message type is invalid.
80091005|CRYPT_E_UNEXPECTED_ENCODING|The message is not encoded as expected.
80091006|CRYPT_E_AUTH_ATTR_MISSING|The message lacks an expected authenticated attribute.
80091007|CRYPT_E_HASH_VALUE|The hash value is not correct (the signed content changed).|哈希值不正确(已签名的内容被更改)。
80091008|CRYPT_E_INVALID_INDEX|The index value is not valid.
80091009|CRYPT_E_ALREADY_DECRYPTED|The message content has already been decrypted.
8009100A|CRYPT_E_NOT_DECRYPTED|The message content has not been decrypted yet.
8009100B|CRYPT_E_RECIPIENT_NOT_FOUND|The enveloped message does not contain the recipient.
8009100C|CRYPT_E_CONTROL_TYPE|The control type is not valid.
8009100D|CRYPT_E_ISSUER_SERIALNUMBER|The issuer or serial number is not valid.
8009100E|CRYPT_E_SIGNER_NOT_FOUND|The original signer was not found.
8009100F|CRYPT_E_ATTRIBUTES_MISSING|The message does not contain the requested attributes.
80091010|CRYPT_E_STREAM_MSG_NOT_READY|The streamed message cannot return the requested data yet.
80091011|CRYPT_E_STREAM_INSUFFICIENT_DATA|The streamed message needs more data before it can be decoded.
80092001|CRYPT_E_BAD_LEN|The length given for the output data was too small.
80092002|CRYPT_E_BAD_ENCODE|An error occurred while encoding or decoding (a malformed certificate or signature).|编码或解码时出错(证书或签名格式错误)。
80092003|CRYPT_E_FILE_ERROR|An error occurred reading or writing the file.
80092004|CRYPT_E_NOT_FOUND|Cannot find the object or property (cryptography).|找不到对象或属性(加密)。
80092005|CRYPT_E_EXISTS|The object or property already exists.
80092006|CRYPT_E_NO_PROVIDER|No provider was specified for the store or object.
80092007|CRYPT_E_SELF_SIGNED|The certificate is self-signed.|该证书是自签名证书。
80092008|CRYPT_E_DELETED_PREV|The previous certificate or CRL context was deleted.
80092009|CRYPT_E_NO_MATCH|No match was found for the object.
8009200A|CRYPT_E_UNEXPECTED_MSG_TYPE|The cryptographic message is of an unexpected type.
8009200B|CRYPT_E_NO_KEY_PROPERTY|The certificate has no private key property.|证书没有私钥属性。
8009200C|CRYPT_E_NO_DECRYPT_CERT|No certificate with a private key was found to decrypt with.
8009200D|CRYPT_E_BAD_MSG|Not a cryptographic message, or one formatted incorrectly.
8009200E|CRYPT_E_NO_SIGNER|The signed message has no signer at the index given.
8009200F|CRYPT_E_PENDING_CLOSE|Final closure is pending until more frees or closes.
80092010|CRYPT_E_REVOKED|The certificate or signature has been revoked.|证书或签名已被吊销。
80092011|CRYPT_E_NO_REVOCATION_DLL|No DLL or function was found to check revocation.
80092012|CRYPT_E_NO_REVOCATION_CHECK|Revocation of the certificate could not be checked.|无法检查证书的吊销状态。
80092013|CRYPT_E_REVOCATION_OFFLINE|The revocation server was offline, so the revocation check could not finish.|吊销服务器脱机,吊销检查无法完成。
80092014|CRYPT_E_NOT_IN_REVOCATION_DATABASE|The certificate was not found in the revocation server's database.
80092020|CRYPT_E_INVALID_NUMERIC_STRING|The string contains a non-numeric character.
80092021|CRYPT_E_INVALID_PRINTABLE_STRING|The string contains a non-printable character.
80092022|CRYPT_E_INVALID_IA5_STRING|The string contains a character outside 7-bit ASCII.
80092023|CRYPT_E_INVALID_X500_STRING|The string contains an invalid X.500 name attribute, OID, value or delimiter.
80092024|CRYPT_E_NOT_CHAR_STRING|The name value is not a character string.
80092025|CRYPT_E_FILERESIZED|The file must be resized but already carries a signature; sign it again completely.
80092026|CRYPT_E_SECURITY_SETTINGS|The cryptographic operation failed because of a local security setting.|由于本地安全设置,加密操作失败。
80092027|CRYPT_E_NO_VERIFY_USAGE_DLL|No DLL or function was found to verify subject usage.
80092028|CRYPT_E_NO_VERIFY_USAGE_CHECK|The usage check on the subject could not be done.
80092029|CRYPT_E_VERIFY_USAGE_OFFLINE|The server was offline, so the usage check could not finish.
8009202A|CRYPT_E_NOT_IN_CTL|The subject was not found in a certificate trust list (CTL).
8009202B|CRYPT_E_NO_TRUSTED_SIGNER|No trusted signer was found to verify the message or trust list.
80093000|CRYPT_E_OSS_ERROR|ASN.1 encoding or decoding error (base of the OSS runtime errors).
80094001|CERTSRV_E_BAD_REQUESTSUBJECT|The certificate request subject name is invalid or too long.
80094002|CERTSRV_E_NO_REQUEST|The certificate request does not exist.
80094003|CERTSRV_E_BAD_REQUESTSTATUS|The certificate request's status does not allow this operation.
80096001|TRUST_E_SYSTEM_ERROR|A system-level error occurred while verifying trust.|验证信任时发生系统级错误。
80096002|TRUST_E_NO_SIGNER_CERT|The signer's certificate is invalid or missing.|签名者的证书无效或缺失。
80096003|TRUST_E_COUNTER_SIGNER|One of the counter-signatures is invalid.
80096004|TRUST_E_CERT_SIGNATURE|The signature of the certificate cannot be verified.|无法验证证书的签名。
80096005|TRUST_E_TIME_STAMP|The time-stamp signature or certificate could not be verified or is malformed.
80096010|TRUST_E_BAD_DIGEST|The digest of the signed object does not match (the file was changed or is damaged).|签名对象的摘要不匹配(文件已更改或已损坏)。
80096019|TRUST_E_BASIC_CONSTRAINTS|The certificate's basic constraints are invalid or missing.
8009601E|TRUST_E_FINANCIAL_CRITERIA|The certificate lacks the Authenticode financial extensions.
800B0001|TRUST_E_PROVIDER_UNKNOWN|The trust provider is not known on this system.|此系统不认识该信任提供程序。
800B0002|TRUST_E_ACTION_UNKNOWN|The trust provider does not support the verification action asked for.
800B0003|TRUST_E_SUBJECT_FORM_UNKNOWN|The trust provider does not support the form of the subject.
800B0004|TRUST_E_SUBJECT_NOT_TRUSTED|The subject is not trusted for the action (a signature policy rejected it).|该主体不受信任,无法执行此操作(签名策略拒绝)。
800B0005|DIGSIG_E_ENCODE|ASN.1 encoding of the digital signature failed.
800B0006|DIGSIG_E_DECODE|ASN.1 decoding of the digital signature failed.
800B0007|DIGSIG_E_EXTENSIBILITY|Extensions were read or written where attributes belong, or the reverse.
800B0008|DIGSIG_E_CRYPTO|Unspecified cryptographic failure in a digital signature.
800B0009|PERSIST_E_SIZEDEFINITE|The size of the data could not be determined.
800B000A|PERSIST_E_SIZEINDEFINITE|The size of the indefinite-sized data could not be determined.
800B000B|PERSIST_E_NOTSELFSIZING|The object does not read and write self-sizing data.
800B0100|TRUST_E_NOSIGNATURE|No signature was present in the subject (the file is unsigned or its signature was stripped).|主体中没有签名(文件未签名或签名已被去除)。
800B0101|CERT_E_EXPIRED|A required certificate is outside its validity period (expired or not yet valid against the system clock).|所需证书不在有效期内(按系统时钟已过期或尚未生效)。
800B0102|CERT_E_VALIDITYPERIODNESTING|The validity periods of the certificate chain do not nest correctly.|证书链的有效期嵌套不正确。
800B0103|CERT_E_ROLE|An end-entity certificate is used as a CA, or the reverse.
800B0104|CERT_E_PATHLENCONST|A path length constraint in the certificate chain was violated.
800B0105|CERT_E_CRITICAL|A certificate carries an unknown extension marked critical.
800B0106|CERT_E_PURPOSE|A certificate is used for a purpose it is not allowed for.|证书被用于不允许的用途。
800B0107|CERT_E_ISSUERCHAINING|A certificate in the chain was not issued by its parent.|证书链中的某个证书并非由其上级颁发。
800B0108|CERT_E_MALFORMED|A certificate lacks, or has empty, an important field such as subject or issuer.
800B0109|CERT_E_UNTRUSTEDROOT|The certificate chain ends in a root certificate that is not trusted.|证书链的根证书不受信任。
800B010A|CERT_E_CHAINING|The certificate chain could not be built to a trusted root (an intermediate is missing).|无法将证书链构建到受信任的根(缺少中间证书)。
800B010B|TRUST_E_FAIL|Generic trust failure.|一般信任失败。
800B010C|CERT_E_REVOKED|A certificate was explicitly revoked by its issuer.|证书已被其颁发者吊销。
800B010D|CERT_E_UNTRUSTEDTESTROOT|The root is a test certificate and policy does not allow test roots.
800B010E|CERT_E_REVOCATION_FAILURE|The revocation check could not complete (CRL or OCSP unreachable).|吊销检查无法完成(无法访问 CRL 或 OCSP)。
800B010F|CERT_E_CN_NO_MATCH|The certificate's common name does not match the name expected (the server name used).|证书的公用名与预期名称(所用的服务器名称)不匹配。
800B0110|CERT_E_WRONG_USAGE|The certificate is not valid for the requested usage.|证书不适用于所请求的用途。
800B0111|TRUST_E_EXPLICIT_DISTRUST|The certificate is explicitly marked as untrusted (in the Untrusted Certificates store).|证书被明确标记为不受信任(位于"不受信任的证书"存储中)。
800B0112|CERT_E_UNTRUSTEDCA|A CA certificate in the chain is not trusted by the policy provider.|证书链中的某个 CA 证书不受策略提供程序信任。
800B0113|CERT_E_INVALID_POLICY|The certificate has an invalid policy.
800B0114|CERT_E_INVALID_NAME|The certificate has an invalid name: not in the permitted list, or explicitly excluded.
`,
};
