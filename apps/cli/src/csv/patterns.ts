// The spec's name rules (its string patterns and lengths), for checking input files before sending.
import { stringPatterns } from '@extender-users/api-types';

const matches = (schema: 'UserName' | 'GroupName') => {
  const { pattern, maxLength } = stringPatterns[schema];
  const regex = new RegExp(pattern);
  return (value: string) => value.length <= maxLength && regex.test(value);
};

export const isUserName = matches('UserName');
export const isGroupName = matches('GroupName');

/** What a valid name may not hold, for messages. */
export const NAME_RULE = 'no spaces or \\ , + < > \' " /';
