/** The media library: what the API answers when an upload or a media edit is refused. */
export const media = {
  accepted:
    "Accepted: JPEG, PNG, WebP or AVIF images up to {{imageMb, number}} MB and {{megapixels, number}} megapixels, and MP4 videos with H.264 video up to {{videoMb, number}} MB.",
  unsupportedType: "This file is not an accepted image or video. {{accepted}}",
  notH264: "This MP4 does not carry H.264 video. Export it as MP4 (H.264) and upload it again.",
  imageTooLarge_one: "The image is larger than {{count, number}} MB. Make it smaller and upload it again.",
  imageTooLarge_other: "The image is larger than {{count, number}} MB. Make it smaller and upload it again.",
  videoTooLarge_one:
    "The video is larger than {{count, number}} MB. Shorten or compress it and upload it again.",
  videoTooLarge_other:
    "The video is larger than {{count, number}} MB. Shorten or compress it and upload it again.",
  tooManyPixels_one:
    "The image has more than {{count, number}} megapixel. Scale it down and upload it again.",
  tooManyPixels_other:
    "The image has more than {{count, number}} megapixels. Scale it down and upload it again.",
  corruptImage:
    "The image could not be read: the file is damaged or incomplete. Export it again and upload it.",
  corruptVideo:
    "The video could not be read: the file is damaged or incomplete. Export it again and upload it.",
  noFile: "Choose a file to upload (form field “file”).",
  unexpectedField:
    "The form field “{{field}}” is not part of an upload. Send “file”, and for a video “poster”.",
  posterNotImage: "The poster must be a JPEG, PNG, WebP or AVIF image.",
  posterOnlyForVideo: "Only a video has a poster image.",
  altRequired: "Alt text is required: describe the image for readers who cannot see it.",
  altTooLong_one: "Keep the alt text under {{count, number}} character.",
  altTooLong_other: "Keep the alt text under {{count, number}} characters.",
  captionTooLong_one: "Keep the caption under {{count, number}} character.",
  captionTooLong_other: "Keep the caption under {{count, number}} characters.",
  creditTooLong_one: "Keep the credit under {{count, number}} character.",
  creditTooLong_other: "Keep the credit under {{count, number}} characters.",
  unknownLocale: "Unknown edition “{{locale}}”: use en, ar or es.",
  invalidCaptions:
    "These captions are not valid WebVTT (line {{line, number}}). A caption file starts with “WEBVTT”.",
  captionsTooLarge_one: "The caption file is larger than {{count, number}} KB.",
  captionsTooLarge_other: "The caption file is larger than {{count, number}} KB.",
  captionsVideoOnly: "Captions belong to videos: media {{id}} is not a video.",
  notFound: "There is no media item {{id}}.",
  focalOutOfRange: "A focal point is two numbers between 0 and 1 (0.5, 0.5 is the centre).",
  signIn: "Sign in to the desk to upload media.",
  sessionExpired: "Your session has expired. Sign in again; nothing was uploaded.",
  forbidden: "You may not do this in the {{locale}} edition.",
  forbiddenUpload: "Only editors and admins may upload media.",
  csrf: "Send uploads with the header “{{header}}” or a bearer token.",
  contentLengthRequired: "Send the upload with its Content-Length.",
  imageNotProcessed:
    "The image could not be processed just now, so nothing was uploaded. Upload it again in a moment.",
  renditionNotMade: "This picture could not be made just now. Try again in a moment.",
} as const;
