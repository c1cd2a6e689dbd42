// Passwords of 12+ characters that appear at the top of public breach corpora, plus the words and
// keyboard walks they are built from. A candidate is rejected when it is one of these, or one of the
// base words padded with digits or symbols ("password2024!", "qwerty123456").

const EXACT = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456123456',
  '111111111111',
  '000000000000',
  '123123123123',
  '121212121212',
  '112233445566',
  '987654321098',
  '098765432109',
  '123451234512',
  'qwertyuiopas',
  'qwertyuiop12',
  'qwertyuiop123',
  'qwertyuiopasdfgh',
  'asdfghjkl123',
  "asdfghjkl;'",
  'zxcvbnm12345',
  '1qaz2wsx3edc',
  '1q2w3e4r5t6y',
  '1q2w3e4r5t6y7u',
  'q1w2e3r4t5y6',
  'qazwsxedcrfv',
  'zaq12wsxcde3',
  '!qaz2wsx#edc',
  'password1234',
  'password12345',
  'password123!',
  'passw0rd1234',
  'p@ssw0rd1234',
  'p@ssword1234',
  'iloveyou1234',
  'iloveyou12345',
  'letmein12345',
  'welcome12345',
  'welcome123456',
  'administrator',
  'administrator1',
  'changeme1234',
  'trustno11234',
  'football1234',
  'baseball1234',
  'superman1234',
  'sunshine1234',
  'princess1234',
  'starwars1234',
  'whatever1234',
  'monkey123456',
  'dragon123456',
  'master123456',
  'shadow123456',
  'michael12345',
  'jennifer1234',
  'abcdefghijkl',
  'abcdef123456',
  'abc123abc123',
  'aaaaaaaaaaaa',
  'abcd12345678',
  'a1b2c3d4e5f6',
  'йцукенгшщзхъ',
  'фывапролджэ1',
  'ячсмитьбю123',
  'пароль123456',
  'парольпароль',
  'qwerty123456',
  'qwertyqwerty',
  'qwerty1234567',
  'qwe123qwe123',
  'asdasdasdasd',
  'zxczxczxczxc',
  'passwordpassword',
]);

const BASE_WORDS = [
  'password',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword',
  'qwerty',
  'qwertyuiop',
  'asdfgh',
  'asdfghjkl',
  'zxcvbnm',
  'iloveyou',
  'letmein',
  'welcome',
  'admin',
  'administrator',
  'changeme',
  'secret',
  'default',
  'haven',
  'football',
  'monkey',
  'dragon',
  'master',
  'login',
  'abc',
  'test',
  'testtest',
  'user',
  'guest',
  'ukraine',
  'ukraina',
  'україна',
  'moldova',
  'belarus',
  'kyiv',
  'kiev',
  'chisinau',
  'minsk',
  'пароль',
  'parol',
  'parola',
  'qwertz',
  'azerty',
  'йцукен',
  'children',
  'police',
  'social',
];

const PADDING = /^[\d!@#$%^&*()_+=.\-?]*$/;

export function isCommonPassword(candidate: string): boolean {
  const lower = candidate.toLowerCase();
  if (EXACT.has(lower)) return true;
  if (new Set(lower).size <= 3) return true; // "aaaaaaaaaaaa", "abababababab"
  for (const word of BASE_WORDS) {
    if (lower.startsWith(word) && PADDING.test(lower.slice(word.length))) return true;
    if (lower.endsWith(word) && PADDING.test(lower.slice(0, lower.length - word.length))) return true;
    if (lower === word.repeat(Math.ceil(lower.length / word.length)).slice(0, lower.length)) return true;
  }
  return /^\d+$/.test(lower) && isSequentialDigits(lower);
}

function isSequentialDigits(digits: string): boolean {
  let ascending = 0;
  let descending = 0;
  for (let i = 1; i < digits.length; i++) {
    const step = (Number(digits[i]) - Number(digits[i - 1]) + 10) % 10;
    if (step === 1) ascending++;
    if (step === 9) descending++;
  }
  return ascending >= digits.length - 2 || descending >= digits.length - 2;
}
