/** The SM4 data key of tests (production keys come from LUOSHI_DATA_KEY / _KEYS / _KEY_FILE). */
export const testDataKeyHex = '000102030405060708090a0b0c0d0e0f';
